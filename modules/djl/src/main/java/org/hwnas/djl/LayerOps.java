package org.hwnas.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.pooling.Pool;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.WindowMath;

/**
 * The layers without learnable parameters, as DJL ops with PyTorch semantics. Every tensor stays NCHW,
 * flat ones as {@code N x C x 1 x 1}, exactly as the model's shape inference writes them.
 */
final class LayerOps {
    private LayerOps() {
    }

    static NDArray apply(Layer layer, NDList in) {
        NDArray x = in.get(0);
        return switch (layer.kind()) {
            case MAX_POOL -> Pool.maxPool2d(x, shape(layer.kernel()), shape(layer.stride()), shape(layer.padding()), false);
            // count_include_pad = true is PyTorch's default, which the network format follows
            case AVG_POOL -> Pool.avgPool2d(x, shape(layer.kernel()), shape(layer.stride()), shape(layer.padding()), false, true);
            case GLOBAL_AVG_POOL -> Pool.globalAvgPool2d(x).reshape(x.getShape().get(0), -1, 1, 1);
            case RELU -> Activation.relu(x);
            case RELU6 -> Activation.relu6(x);
            case HARDSWISH -> x.mul(Activation.relu6(x.add(3))).div(6);
            case SIGMOID -> Activation.sigmoid(x);
            case ADD -> add(in);
            case CONCAT -> NDArrays.concat(in, 1);
            case FLATTEN -> x.reshape(x.getShape().get(0), -1, 1, 1);
            case IDENTITY -> x;
            case ZERO -> zeros(x, layer.stride());
            case CONV2D, LINEAR, BATCH_NORM -> throw new IllegalArgumentException(layer.kind().key() + " has parameters");
        };
    }

    private static NDArray add(NDList in) {
        NDArray sum = in.get(0);
        for (int k = 1; k < in.size(); k++) {
            sum = sum.add(in.get(k));
        }
        return sum;
    }

    /** NAS-Bench-201's zero op: {@code x[:, :, ::s, ::s] * 0}, made directly (no gradient flows through it). */
    private static NDArray zeros(NDArray x, Size2 stride) {
        Shape s = x.getShape();
        Shape out = new Shape(s.get(0), s.get(1), WindowMath.subsample((int) s.get(2), stride.h()),
                WindowMath.subsample((int) s.get(3), stride.w()));
        return x.getManager().zeros(out, x.getDataType(), x.getDevice());
    }

    static Shape shape(Size2 s) {
        return new Shape(s.h(), s.w());
    }
}
