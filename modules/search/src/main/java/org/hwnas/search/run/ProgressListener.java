package org.hwnas.search.run;

import org.hwnas.search.api.Trial;

/** Told about each trial as it finishes (from worker threads, one call at a time). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (t, done, budget, elapsedMs) -> { };

    /**
     * @param done      trials finished so far in the study (resumed ones included)
     * @param budget    the study's trial budget
     * @param elapsedMs wall time of this run
     */
    void trialFinished(Trial trial, int done, int budget, long elapsedMs);
}
