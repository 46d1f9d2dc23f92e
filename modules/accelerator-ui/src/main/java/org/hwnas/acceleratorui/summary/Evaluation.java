package org.hwnas.acceleratorui.summary;

import java.util.List;

/**
 * A network evaluated layer by layer on one design (layers run one after another, so totals are sums).
 *
 * @param model     cost model id
 * @param mapped    true when the mapper chose each layer's mapping (models that need one)
 * @param rows      per compute layer, in network order
 * @param cycles    total cycles of the evaluated layers
 * @param latencyUs total latency at the design's clock
 * @param energyPj  total energy of the evaluated layers
 * @param macs      total MACs of the evaluated layers
 * @param failed    layers that could not be evaluated
 * @param peak      peak MACs per cycle of the design
 */
public record Evaluation(String model, boolean mapped, List<LayerRow> rows, long cycles, double latencyUs,
                         double energyPj, long macs, int failed, int peak) {

    public Evaluation {
        rows = List.copyOf(rows);
    }

    /** MACs / (cycles x peak MACs per cycle) over the evaluated layers. */
    public double utilization() {
        return cycles == 0 ? 0 : (double) macs / ((double) cycles * peak);
    }

    /** Energy-delay product in J x cycles. */
    public double edp() {
        return energyPj * 1e-12 * cycles;
    }
}
