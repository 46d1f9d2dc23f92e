package org.hwnas.djl;

import ai.djl.ndarray.types.Shape;
import org.hwnas.model.network.TensorShape;

/** Conversions between the model's NCHW shapes and DJL shapes. */
public final class DjlShapes {
    private DjlShapes() {
    }

    public static Shape of(TensorShape s) {
        return new Shape(s.n(), s.c(), s.h(), s.w());
    }

    /** A 4-D DJL shape as the model writes it. */
    public static TensorShape toModel(Shape s) {
        if (s.dimension() != 4) {
            throw new IllegalArgumentException("expected an NCHW shape, got " + s);
        }
        return TensorShape.of(Math.toIntExact(s.get(0)), Math.toIntExact(s.get(1)), Math.toIntExact(s.get(2)),
                Math.toIntExact(s.get(3)));
    }
}
