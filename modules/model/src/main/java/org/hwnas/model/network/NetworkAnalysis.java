package org.hwnas.model.network;

import java.util.List;
import java.util.Optional;

/**
 * Shapes and costs of every layer of a network, for tables ({@code hwnas info}), cost models and search.
 * <pre>{@code
 * NetworkAnalysis a = NetworkAnalysis.of(network);
 * for (LayerInfo l : a.layers()) { ... l.output(), l.macs(), l.loopBounds() ... }
 * long macs = a.totalMacs();
 * }</pre>
 */
public final class NetworkAnalysis {
    private final Network network;
    private final List<LayerInfo> layers;
    private final long totalMacs;
    private final long totalParams;

    private NetworkAnalysis(Network network) {
        this.network = network;
        this.layers = network.infos();
        this.totalMacs = layers.stream().mapToLong(LayerInfo::macs).reduce(0, Math::addExact);
        this.totalParams = layers.stream().mapToLong(LayerInfo::params).reduce(0, Math::addExact);
    }

    public static NetworkAnalysis of(Network network) {
        return new NetworkAnalysis(network);
    }

    public Network network() {
        return network;
    }

    /** One entry per layer, in network order. */
    public List<LayerInfo> layers() {
        return layers;
    }

    public Optional<LayerInfo> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The conv2d and linear layers: the ones a cost model maps onto hardware. */
    public List<LayerInfo> computeLayers() {
        return layers.stream().filter(l -> l.loopBounds().isPresent()).toList();
    }

    public long totalMacs() {
        return totalMacs;
    }

    public long totalParams() {
        return totalParams;
    }

    public TensorShape outputShape() {
        return network.outputShape();
    }
}
