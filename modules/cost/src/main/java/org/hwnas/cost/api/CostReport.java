package org.hwnas.cost.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a cost model says about one layer on one accelerator.
 *
 * @param model         id of the model that produced it
 * @param macs          multiply-accumulates of the layer
 * @param computeCycles cycles if no level were bandwidth-bound
 * @param cycles        cycles after the worst bandwidth slowdown
 * @param utilizedPes   PEs the mapping uses
 * @param totalPes      PEs of the design
 * @param macEnergyPj   energy of all MACs
 * @param levels        per memory level, innermost first
 * @param energyPj      total energy (MACs + accesses + leakage)
 * @param metrics       model-specific extras (e.g. systolic {@code mapping_efficiency}), stable keys
 */
public record CostReport(String model, long macs, long computeCycles, long cycles, int utilizedPes, int totalPes,
                         double macEnergyPj, List<LevelCost> levels, double energyPj, Map<String, Double> metrics) {

    public CostReport {
        levels = List.copyOf(levels);
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** MACs / (cycles x PEs). */
    public double utilization() {
        return cycles == 0 ? 0 : (double) macs / ((double) cycles * totalPes);
    }

    /** Energy-delay product in J x cycles (Timeloop's unit). */
    public double edp() {
        return energyPj * 1e-12 * cycles;
    }

    /** Wall time at the given clock. */
    public double seconds(double clockMhz) {
        return cycles / (clockMhz * 1e6);
    }

    public Optional<LevelCost> level(String name) {
        return levels.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
