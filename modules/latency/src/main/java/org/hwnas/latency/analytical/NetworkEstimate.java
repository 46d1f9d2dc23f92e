package org.hwnas.latency.analytical;

import java.util.List;

/**
 * What an analytical model says about a whole network on one accelerator. Layers run one after another,
 * so cycles and energy are sums; only conv2d and linear layers are costed (pooling, element-wise and
 * normalisation layers are taken as fused or negligible).
 *
 * @param costModel the {@code CostModel} id that evaluated the layers
 * @param ms        cycles at the design's clock
 */
public record NetworkEstimate(String accelerator, String costModel, long cycles, double energyPj, double ms, List<LayerEstimate> layers) {
    public NetworkEstimate {
        layers = List.copyOf(layers);
    }

    /**
     * @param note model-specific: the fpga-tile bottleneck phase, the mapper's quality, ...
     */
    public record LayerEstimate(String name, long cycles, double energyPj, String note) {
    }
}
