package org.hwnas.latency.measured;

import java.util.List;
import org.hwnas.model.network.TensorShape;

/**
 * A measured latency profile of one network.
 *
 * @param network     the network's name
 * @param input       the input shape it ran on (batch included)
 * @param device      where it ran, as DJL names it (e.g. {@code cpu()})
 * @param engine      engine, version and threads
 * @param endToEnd    whole forward passes
 * @param layers      each layer alone on its recorded input, in network order; empty when not asked
 * @param wallSeconds how long profiling took, warm-up and building included
 */
public record Profile(String network, TensorShape input, String device, String engine, Timing endToEnd,
                      List<LayerTiming> layers, double wallSeconds) {

    public Profile {
        layers = List.copyOf(layers);
    }

    /**
     * Sum of the per-layer medians. It exceeds the end-to-end median by the per-call overhead each
     * layer pays when run alone and differs by the cache effects of running in sequence; it is the
     * number a layer look-up table would predict.
     */
    public double layerSumMs() {
        return layers.stream().mapToDouble(l -> l.timing().medianMs()).sum();
    }
}
