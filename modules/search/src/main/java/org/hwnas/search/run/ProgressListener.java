package org.hwnas.search.run;

import org.hwnas.search.api.Trial;
import org.hwnas.search.spi.EngineState;

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

    /**
     * Told after the engine has been told a batch (from the runner's thread, never at the same time as
     * {@link #trialFinished}); once after a resume's replay, then after every new batch. Optional.
     *
     * @param batch 0-based number of the batch just told
     * @param state the engine's state after it ({@link EngineState#NONE} for engines that report none)
     */
    default void batchFinished(int batch, EngineState state) {
    }
}
