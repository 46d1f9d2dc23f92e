package org.hwnas.naas;

import org.hwnas.model.mapping.Mapping;

/**
 * The best mapping an inner search found for one layer shape.
 *
 * @param mapping     the mapping (checked by the loopnest model's validating path)
 * @param cycles      its cycles
 * @param energyPj    its energy
 * @param vector      its encoding vector (CMA-ES inner search), or null (mapper)
 * @param evaluations cost-model evaluations spent
 */
public record LayerResult(Mapping mapping, long cycles, double energyPj, double[] vector, long evaluations) {

    public double edp() {
        return energyPj * 1e-12 * cycles;
    }
}
