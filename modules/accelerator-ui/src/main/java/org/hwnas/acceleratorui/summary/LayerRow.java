package org.hwnas.acceleratorui.summary;

import org.hwnas.model.workload.LoopBounds;

/**
 * One compute layer of a network evaluated on a design.
 *
 * @param layer       layer name
 * @param bounds      its loop nest
 * @param macs        multiply-accumulates
 * @param cycles      cycles (0 when {@code problem} is set)
 * @param utilization MACs / (cycles x PEs)
 * @param latencyUs   cycles at the design's clock, in microseconds
 * @param energyPj    energy of the layer
 * @param problem     why the layer could not be evaluated; {@code null} when it was
 */
public record LayerRow(String layer, LoopBounds bounds, long macs, long cycles, double utilization, double latencyUs,
                       double energyPj, String problem) {

    public boolean ok() {
        return problem == null;
    }
}
