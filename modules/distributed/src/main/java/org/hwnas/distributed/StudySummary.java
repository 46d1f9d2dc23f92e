package org.hwnas.distributed;

/** A study and how far it is, for {@code hwnas study list}. */
public record StudySummary(String name, int budgetTrials, int ok, int failed, int running, int pending, String state) {

    public int finished() {
        return ok + failed;
    }
}
