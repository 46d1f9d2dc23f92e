package org.hwnas.model.network;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One layer of a {@link Network}. Its output tensor carries the layer's name.
 * <p>Parameters that do not apply to the kind hold neutral values (kernel, stride and dilation 1,
 * padding 0, groups 1, no bias, no output channels), so two equal layers are equal records. Use the
 * factories; they fill PyTorch's defaults where the kind has them.
 *
 * @param inputs      names of the tensors read, in order; empty means "the previous layer's output"
 *                    (a {@link Network} stores the resolved names)
 * @param outChannels output channels of a conv2d, output features of a linear layer; 0 otherwise
 * @param groups      conv2d channel groups; {@code groups == in_channels == out_channels} is depthwise
 */
public record Layer(String name, LayerKind kind, List<String> inputs, int outChannels, Size2 kernel,
                    Size2 stride, Size2 padding, Size2 dilation, int groups, boolean bias) {

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(stride, "stride");
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(dilation, "dilation");
        if (name.isBlank()) {
            throw new IllegalArgumentException("layer name must not be blank");
        }
        Set<LayerParam> p = LayerParam.of(kind);
        boolean hasOut = p.contains(LayerParam.OUT_CHANNELS) || p.contains(LayerParam.OUT_FEATURES);
        check(hasOut ? outChannels > 0 : outChannels == 0, name, "output channels", outChannels);
        check(p.contains(LayerParam.KERNEL) ? positive(kernel) : kernel.equals(Size2.ONE), name, "kernel", kernel);
        check(p.contains(LayerParam.STRIDE) ? positive(stride) : stride.equals(Size2.ONE), name, "stride", stride);
        check(p.contains(LayerParam.PADDING) || padding.equals(Size2.ZERO), name, "padding", padding);
        check(p.contains(LayerParam.DILATION) ? positive(dilation) : dilation.equals(Size2.ONE), name, "dilation", dilation);
        check(p.contains(LayerParam.GROUPS) ? groups > 0 : groups == 1, name, "groups", groups);
        check(p.contains(LayerParam.BIAS) || !bias, name, "bias", bias);
    }

    // ---- factories (PyTorch defaults) ------------------------------------------------------------

    public static Layer conv2d(String name, int outChannels, Size2 kernel, Size2 stride, Size2 padding,
                               Size2 dilation, int groups, boolean bias) {
        return new Layer(name, LayerKind.CONV2D, List.of(), outChannels, kernel, stride, padding, dilation, groups, bias);
    }

    /** A square conv without dilation or groups. */
    public static Layer conv2d(String name, int outChannels, int kernel, int stride, int padding, boolean bias) {
        return conv2d(name, outChannels, Size2.square(kernel), Size2.square(stride), Size2.square(padding),
                Size2.ONE, 1, bias);
    }

    public static Layer linear(String name, int outFeatures, boolean bias) {
        return new Layer(name, LayerKind.LINEAR, List.of(), outFeatures, Size2.ONE, Size2.ONE, Size2.ZERO, Size2.ONE, 1, bias);
    }

    /** A max or average pool (ceil_mode false). */
    public static Layer pool(String name, LayerKind kind, Size2 kernel, Size2 stride, Size2 padding) {
        if (!kind.isPool()) {
            throw new IllegalArgumentException(kind.key() + " is not a windowed pool");
        }
        return new Layer(name, kind, List.of(), 0, kernel, stride, padding, Size2.ONE, 1, false);
    }

    public static Layer maxPool(String name, int kernel, int stride, int padding) {
        return pool(name, LayerKind.MAX_POOL, Size2.square(kernel), Size2.square(stride), Size2.square(padding));
    }

    public static Layer avgPool(String name, int kernel, int stride, int padding) {
        return pool(name, LayerKind.AVG_POOL, Size2.square(kernel), Size2.square(stride), Size2.square(padding));
    }

    /** Zeros shaped like the input subsampled by {@code stride}. */
    public static Layer zero(String name, Size2 stride) {
        return new Layer(name, LayerKind.ZERO, List.of(), 0, Size2.ONE, stride, Size2.ZERO, Size2.ONE, 1, false);
    }

    /** A layer without parameters (activations, batch norm, add, concat, flatten, identity, ...). */
    public static Layer of(String name, LayerKind kind) {
        return new Layer(name, kind, List.of(), 0, Size2.ONE, Size2.ONE, Size2.ZERO, Size2.ONE, 1, false);
    }

    // ---- derived -------------------------------------------------------------------------------

    public Layer withInputs(List<String> names) {
        return new Layer(name, kind, names, outChannels, kernel, stride, padding, dilation, groups, bias);
    }

    public Layer withInputs(String... names) {
        return withInputs(List.of(names));
    }

    /** Output features of a linear layer (same field as {@link #outChannels()}). */
    public int outFeatures() {
        return outChannels;
    }

    private static boolean positive(Size2 s) {
        return s.h() > 0 && s.w() > 0;
    }

    private static void check(boolean ok, String layer, String what, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("layer '" + layer + "': invalid " + what + " " + value);
        }
    }
}
