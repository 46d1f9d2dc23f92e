package org.hwnas.model.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A neural network as a DAG of named layers over one input tensor. Immutable, and valid by construction:
 * names are unique, every layer reads only the input or earlier layers, and every shape works out (the
 * constructor runs {@link ShapeInference} and throws {@link InvalidNetworkException} otherwise).
 * <p>A layer with no inputs reads the previous layer's output (the network input for the first), so
 * sequential nets stay compact; {@link #layers()} holds the resolved names. The network's output is the
 * last layer's output.
 */
public final class Network {
    private final String name;
    private final String inputName;
    private final TensorShape inputShape;
    private final List<Layer> layers;
    private final List<LayerInfo> infos;

    public Network(String name, String inputName, TensorShape inputShape, List<Layer> layers) {
        this.name = requireName(name, "network name");
        this.inputName = requireName(inputName, "input name");
        this.inputShape = Objects.requireNonNull(inputShape, "inputShape");
        ShapeInference.Result r = ShapeInference.infer(inputName, inputShape, List.copyOf(layers));
        if (!r.ok()) {
            throw new InvalidNetworkException(name, r.problems());
        }
        this.layers = r.layers();
        this.infos = List.copyOf(r.infos());
    }

    private static String requireName(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return s;
    }

    public String name() {
        return name;
    }

    public String inputName() {
        return inputName;
    }

    public TensorShape inputShape() {
        return inputShape;
    }

    /** The layers in order, each with its input names resolved. */
    public List<Layer> layers() {
        return layers;
    }

    public Optional<Layer> layer(String layerName) {
        return layers.stream().filter(l -> l.name().equals(layerName)).findFirst();
    }

    /** The name of the network's output tensor: the last layer's name. */
    public String outputName() {
        return layers.get(layers.size() - 1).name();
    }

    public TensorShape outputShape() {
        return infos.get(infos.size() - 1).output();
    }

    /** Per-layer counts, in layer order (computed once, at construction). */
    List<LayerInfo> infos() {
        return infos;
    }

    /** The same network under another name. */
    public Network withName(String newName) {
        return new Network(newName, inputName, inputShape, layers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network other && name.equals(other.name) && inputName.equals(other.inputName)
                && inputShape.equals(other.inputShape) && layers.equals(other.layers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, inputName, inputShape, layers);
    }

    @Override
    public String toString() {
        return "Network[" + name + ", " + inputName + " " + inputShape + ", " + layers.size() + " layers]";
    }
}
