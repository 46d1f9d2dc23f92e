package org.hwnas.mapper;

import org.hwnas.cost.api.CostReport;
import org.hwnas.model.mapping.Mapping;

/**
 * The best mapping a search found for one layer.
 *
 * @param mapping   the mapping (valid for the design and layer)
 * @param report    its loopnest evaluation
 * @param score     its objective value
 * @param bound     the layer's lower bound on this design
 * @param evaluated candidates evaluated
 * @param valid     candidates that fit the design
 * @param millis    search wall time
 * @param cpuMillis search CPU time of the searching thread (what the search costs on an idle machine)
 * @param exhaustive true when the whole space was enumerated (the mapping is optimal in it)
 */
public record MappingResult(Mapping mapping, CostReport report, double score, LowerBound bound, long evaluated, long valid,
                            long millis, long cpuMillis, boolean exhaustive) {

    /** Achieved score / lower-bound score (>= 1; 1 = reaches the bound). */
    public double quality(Objective objective) {
        return score / bound.score(objective);
    }
}
