package org.hwnas.accuracy.zerocost;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.util.Collection;

/** Gradient-based proxies over the conv and linear weights, after one backward pass of the loss. */
final class Saliency {
    private Saliency() {
    }

    /** Sum over layers of {@code ||dL/dw||_2}. */
    static double gradNorm(Collection<NDArray> weights) {
        double s = 0;
        for (NDArray w : weights) {
            NDArray g = w.getGradient();
            s += Math.sqrt(scalar(g.mul(g).sum()));
        }
        return s;
    }

    /** SNIP: sum of {@code |w * dL/dw|}. */
    static double snip(Collection<NDArray> weights) {
        double s = 0;
        for (NDArray w : weights) {
            s += scalar(w.mul(w.getGradient()).abs().sum());
        }
        return s;
    }

    private static double scalar(NDArray a) {
        return a.toType(DataType.FLOAT64, false).getDouble();
    }
}
