package org.hwnas.search.study;

import com.fasterxml.jackson.databind.JsonNode;
import org.hwnas.arch.Architecture;

/** A named number computed for a candidate (accuracy, latency, ...), bound to one estimator or model. */
public interface Measure {

    String name();

    /** The service id behind it, e.g. {@code nb201-table}. */
    String serviceId();

    /** The measure's definition as written in the study (for the fingerprint). */
    JsonNode spec();

    /**
     * The value for this candidate.
     *
     * @throws MeasureException when the service has no value or fails; the trial records the message
     */
    double evaluate(Architecture candidate) throws MeasureException;
}
