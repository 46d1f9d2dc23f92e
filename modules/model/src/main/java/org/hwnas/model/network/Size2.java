package org.hwnas.model.network;

/**
 * A pair of (height, width) window parameters such as a kernel, stride, padding or dilation, in PyTorch's
 * {@code (h, w)} order. Documents write a square pair as one integer.
 */
public record Size2(int h, int w) {
    public static final Size2 ZERO = new Size2(0, 0);
    public static final Size2 ONE = new Size2(1, 1);

    public Size2 {
        if (h < 0 || w < 0) {
            throw new IllegalArgumentException("window sizes must not be negative: " + h + "x" + w);
        }
    }

    public static Size2 square(int v) {
        return v == 0 ? ZERO : v == 1 ? ONE : new Size2(v, v);
    }

    public static Size2 of(int h, int w) {
        return new Size2(h, w);
    }

    public boolean isSquare() {
        return h == w;
    }

    @Override
    public String toString() {
        return isSquare() ? Integer.toString(h) : h + "x" + w;
    }
}
