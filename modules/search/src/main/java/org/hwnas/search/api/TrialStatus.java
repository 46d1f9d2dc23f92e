package org.hwnas.search.api;

/** How a trial ended. */
public enum TrialStatus {
    /** Every measure was evaluated. */
    OK,
    /** A measure failed or was unavailable; the error is recorded and the study goes on. */
    FAILED
}
