package org.hwnas.model.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Network} layer by layer. Each helper appends one layer that reads the latest output
 * (or what {@link #from} named) and returns the new layer's name, which is also its output tensor's name:
 * <pre>{@code
 * NetworkBuilder b = new NetworkBuilder("tiny", "image", TensorShape.of(1, 3, 32, 32));
 * String stem = b.conv("conv1", 16, 3, 1, 1);
 * b.bn("bn1"); String main = b.relu("relu1");
 * String skip = b.from(stem).conv("proj", 16, 1, 1, 0);
 * b.add("add1", main, skip);
 * Network net = b.build();
 * }</pre>
 * Convolutions made by the helpers have no bias (they are followed by batch norm); use
 * {@link #convBias} or {@link #layer(Layer)} otherwise.
 */
public final class NetworkBuilder {
    private final String name;
    private final String inputName;
    private final TensorShape inputShape;
    private final List<Layer> layers = new ArrayList<>();
    private List<String> next = List.of();

    public NetworkBuilder(String name, String inputName, TensorShape inputShape) {
        this.name = name;
        this.inputName = inputName;
        this.inputShape = inputShape;
    }

    /** The name of the latest output: the last layer's, or the network input's before any layer. */
    public String last() {
        return layers.isEmpty() ? inputName : layers.get(layers.size() - 1).name();
    }

    /** The next layer reads these tensors instead of the latest output. */
    public NetworkBuilder from(String... inputs) {
        next = List.of(inputs);
        return this;
    }

    /** Appends a layer; one without inputs reads the latest output (or what {@link #from} named). */
    public String layer(Layer layer) {
        Layer l = layer.inputs().isEmpty() ? layer.withInputs(next.isEmpty() ? List.of(last()) : next) : layer;
        next = List.of();
        layers.add(l);
        return l.name();
    }

    public String conv(String layerName, int outChannels, int kernel, int stride, int padding) {
        return layer(Layer.conv2d(layerName, outChannels, kernel, stride, padding, false));
    }

    public String convBias(String layerName, int outChannels, int kernel, int stride, int padding) {
        return layer(Layer.conv2d(layerName, outChannels, kernel, stride, padding, true));
    }

    /** A grouped conv without bias; {@code groups == channels == outChannels} is depthwise. */
    public String groupedConv(String layerName, int outChannels, int kernel, int stride, int padding, int groups) {
        return layer(Layer.conv2d(layerName, outChannels, Size2.square(kernel), Size2.square(stride),
                Size2.square(padding), Size2.ONE, groups, false));
    }

    /** A depthwise conv over {@code channels} channels, without bias. */
    public String depthwise(String layerName, int channels, int kernel, int stride, int padding) {
        return groupedConv(layerName, channels, kernel, stride, padding, channels);
    }

    /** A linear layer with bias (as PyTorch's default). */
    public String linear(String layerName, int outFeatures) {
        return layer(Layer.linear(layerName, outFeatures, true));
    }

    public String bn(String layerName) {
        return layer(Layer.of(layerName, LayerKind.BATCH_NORM));
    }

    public String relu(String layerName) {
        return layer(Layer.of(layerName, LayerKind.RELU));
    }

    public String relu6(String layerName) {
        return layer(Layer.of(layerName, LayerKind.RELU6));
    }

    public String hardswish(String layerName) {
        return layer(Layer.of(layerName, LayerKind.HARDSWISH));
    }

    public String sigmoid(String layerName) {
        return layer(Layer.of(layerName, LayerKind.SIGMOID));
    }

    public String maxPool(String layerName, int kernel, int stride, int padding) {
        return layer(Layer.maxPool(layerName, kernel, stride, padding));
    }

    public String avgPool(String layerName, int kernel, int stride, int padding) {
        return layer(Layer.avgPool(layerName, kernel, stride, padding));
    }

    public String globalAvgPool(String layerName) {
        return layer(Layer.of(layerName, LayerKind.GLOBAL_AVG_POOL));
    }

    public String flatten(String layerName) {
        return layer(Layer.of(layerName, LayerKind.FLATTEN));
    }

    public String identity(String layerName) {
        return layer(Layer.of(layerName, LayerKind.IDENTITY));
    }

    public String zero(String layerName, int stride) {
        return layer(Layer.zero(layerName, Size2.square(stride)));
    }

    public String add(String layerName, String... inputs) {
        return layer(Layer.of(layerName, LayerKind.ADD).withInputs(inputs));
    }

    public String concat(String layerName, String... inputs) {
        return layer(Layer.of(layerName, LayerKind.CONCAT).withInputs(inputs));
    }

    /** @throws InvalidNetworkException listing every problem when the layers do not fit together */
    public Network build() {
        return new Network(name, inputName, inputShape, layers);
    }
}
