package org.hwnas.search.api;

import java.util.Map;
import org.hwnas.arch.Architecture;

/**
 * One evaluated candidate, as stored.
 *
 * @param number     0-based position in the study (the order the engine proposed it)
 * @param batch      0-based ask/tell round
 * @param batchSize  candidates in that round (lets a resume rebuild a round cut short by a crash)
 * @param candidate  the canonical candidate
 * @param measures   measure name to value, for every measure evaluated (objectives first)
 * @param fitness    what engines rank on
 * @param error      why the evaluation failed, or null
 * @param evalMillis evaluation wall time
 * @param finishedAt epoch milliseconds when it finished
 */
public record Trial(int number, int batch, int batchSize, Architecture candidate, TrialStatus status,
                    Map<String, Double> measures, Fitness fitness, String error, double evalMillis, long finishedAt) {

    public Trial {
        measures = Map.copyOf(measures);
    }

    public boolean ok() {
        return status == TrialStatus.OK;
    }
}
