package org.hwnas.model.network;

import java.util.List;

/** The output shape of each layer kind (PyTorch semantics), with the checks that make it possible. */
final class LayerShapes {
    private LayerShapes() {
    }

    /** The output shape, or null after reporting why there is none. */
    static TensorShape output(Layer layer, List<TensorShape> ins, ShapeInference.LayerCheck check) {
        TensorShape in = ins.get(0);
        return switch (layer.kind()) {
            case CONV2D -> conv(layer, in, check);
            case LINEAR -> linear(layer, in, check);
            case MAX_POOL, AVG_POOL -> pool(layer, in, check);
            case GLOBAL_AVG_POOL -> TensorShape.of(in.n(), in.c(), 1, 1);
            case FLATTEN -> flatten(in, check);
            case ZERO -> TensorShape.of(in.n(), in.c(), WindowMath.subsample(in.h(), layer.stride().h()),
                    WindowMath.subsample(in.w(), layer.stride().w()));
            case ADD -> add(layer, ins, check);
            case CONCAT -> concat(layer, ins, check);
            case BATCH_NORM, RELU, RELU6, HARDSWISH, SIGMOID, IDENTITY -> in;
        };
    }

    private static TensorShape conv(Layer layer, TensorShape in, ShapeInference.LayerCheck check) {
        int g = layer.groups();
        if (in.c() % g != 0) {
            check.fail("groups", "groups " + g + " must divide the input channels, but input '"
                    + layer.inputs().get(0) + "' has " + in.c());
        } else if (layer.outChannels() % g != 0) {
            check.fail("groups", "groups " + g + " must divide out_channels " + layer.outChannels());
        }
        TensorShape out = window(layer, in, layer.dilation(), check);
        return check.ok() ? out.withChannels(layer.outChannels()) : null;
    }

    private static TensorShape pool(Layer layer, TensorShape in, ShapeInference.LayerCheck check) {
        Size2 k = layer.kernel();
        Size2 p = layer.padding();
        // PyTorch refuses padding above half the kernel (the window would see only padding)
        if (p.h() > k.h() / 2 || p.w() > k.w() / 2) {
            check.fail("padding", "must be at most half the kernel (" + k + "), got " + p);
            return null;
        }
        TensorShape out = window(layer, in, Size2.ONE, check);
        return check.ok() ? out : null;
    }

    /** Slides the layer's kernel over the input; reports when the window is larger than the padded input. */
    private static TensorShape window(Layer layer, TensorShape in, Size2 dilation, ShapeInference.LayerCheck check) {
        Size2 k = layer.kernel();
        Size2 s = layer.stride();
        Size2 p = layer.padding();
        long h = WindowMath.outputSize(in.h(), k.h(), s.h(), p.h(), dilation.h());
        long w = WindowMath.outputSize(in.w(), k.w(), s.w(), p.w(), dilation.w());
        if (h > Integer.MAX_VALUE || w > Integer.MAX_VALUE) {
            check.fail("padding", "padding " + p + " makes the output " + h + "x" + w + ", larger than 2^31-1");
            return in;
        }
        if (h == 0 || w == 0) {
            long spanH = WindowMath.effectiveKernel(k.h(), dilation.h());
            long spanW = WindowMath.effectiveKernel(k.w(), dilation.w());
            String span = dilation.equals(Size2.ONE) ? "" : " (spanning " + spanH + "x" + spanW + " with dilation " + dilation + ")";
            check.fail("kernel", "kernel " + k.h() + "x" + k.w() + span + " is larger than the padded input "
                    + ((long) in.h() + 2L * p.h()) + "x" + ((long) in.w() + 2L * p.w()) + " (input '"
                    + layer.inputs().get(0) + "' is " + in + ", padding " + p + ")");
            return in;
        }
        return TensorShape.of(in.n(), in.c(), (int) h, (int) w);
    }

    private static TensorShape linear(Layer layer, TensorShape in, ShapeInference.LayerCheck check) {
        if (!in.isFlat()) {
            check.failInput(0, "linear needs a flat input (H = W = 1), but '" + layer.inputs().get(0) + "' is "
                    + in + "; add a flatten layer first");
            return null;
        }
        return TensorShape.flat(in.n(), layer.outChannels());
    }

    private static TensorShape flatten(TensorShape in, ShapeInference.LayerCheck check) {
        long features = in.featuresPerSample();
        if (features > Integer.MAX_VALUE) {
            check.fail("", "flattening " + in + " gives " + features + " features per sample; the limit is 2^31-1");
            return null;
        }
        return TensorShape.flat(in.n(), (int) features);
    }

    private static TensorShape add(Layer layer, List<TensorShape> ins, ShapeInference.LayerCheck check) {
        TensorShape first = ins.get(0);
        for (int k = 1; k < ins.size(); k++) {
            if (!ins.get(k).equals(first)) {
                check.failInput(k, "add needs equal shapes, but '" + layer.inputs().get(k) + "' is " + ins.get(k)
                        + " and '" + layer.inputs().get(0) + "' is " + first);
            }
        }
        return check.ok() ? first : null;
    }

    private static TensorShape concat(Layer layer, List<TensorShape> ins, ShapeInference.LayerCheck check) {
        TensorShape first = ins.get(0);
        long channels = first.c();
        for (int k = 1; k < ins.size(); k++) {
            TensorShape s = ins.get(k);
            if (s.n() != first.n() || s.h() != first.h() || s.w() != first.w()) {
                check.failInput(k, "concat needs equal N, H and W, but '" + layer.inputs().get(k) + "' is " + s
                        + " and '" + layer.inputs().get(0) + "' is " + first);
            }
            channels += s.c();
        }
        if (channels > Integer.MAX_VALUE) {
            check.fail("inputs", "concatenation has " + channels + " channels; the limit is 2^31-1");
        }
        return check.ok() ? first.withChannels((int) channels) : null;
    }
}
