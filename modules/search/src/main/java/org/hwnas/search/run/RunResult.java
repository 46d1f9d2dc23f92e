package org.hwnas.search.run;

import java.util.List;
import org.hwnas.search.api.Trial;

/**
 * How a run ended.
 *
 * @param trials    every finished trial of the study, in number order
 * @param resumed   trials found in the store when the run started
 * @param evaluated trials evaluated by this run
 */
public record RunResult(List<Trial> trials, int resumed, int evaluated, StopReason reason, long elapsedMs) {

    public enum StopReason { TRIALS, TIME, EXHAUSTED, CANCELLED }

    public RunResult {
        trials = List.copyOf(trials);
    }
}
