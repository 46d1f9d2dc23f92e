package org.hwnas.latency.analytical;

import java.util.ArrayList;
import java.util.List;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.workload.LoopBounds;

/** The compute layers of a network as (name, loop bounds): what the cost models evaluate. */
final class LayerCosts {
    private LayerCosts() {
    }

    record Compute(String name, LoopBounds bounds) {
    }

    static List<Compute> of(Network network) {
        List<Compute> out = new ArrayList<>();
        for (LayerInfo l : NetworkAnalysis.of(network).computeLayers()) {
            out.add(new Compute(l.name(), l.loopBounds().orElseThrow()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("network '" + network.name() + "' has no conv2d or linear layer to cost");
        }
        return out;
    }

    static double ms(long cycles, double clockMhz) {
        return cycles / (clockMhz * 1e3);
    }
}
