package org.hwnas.model.network;

/**
 * The shape of an activation tensor in NCHW order. A flat (fully connected) tensor is {@code H = W = 1}.
 * Dimensions are positive; the element count is computed with overflow checks.
 */
public record TensorShape(int n, int c, int h, int w) {

    public TensorShape {
        if (n <= 0 || c <= 0 || h <= 0 || w <= 0) {
            throw new IllegalArgumentException("tensor dimensions must be positive: " + describe(n, c, h, w));
        }
    }

    public static TensorShape of(int n, int c, int h, int w) {
        return new TensorShape(n, c, h, w);
    }

    /** A flat tensor of {@code c} features per sample. */
    public static TensorShape flat(int n, int c) {
        return new TensorShape(n, c, 1, 1);
    }

    public boolean isFlat() {
        return h == 1 && w == 1;
    }

    /** Number of elements; throws {@link ArithmeticException} if it does not fit in a long. */
    public long elements() {
        return Math.multiplyExact(Math.multiplyExact((long) n * c, (long) h), (long) w);
    }

    /** Elements per sample (what a flatten layer turns into channels). */
    public long featuresPerSample() {
        return (long) c * h * w;
    }

    public TensorShape withChannels(int channels) {
        return new TensorShape(n, channels, h, w);
    }

    /** As written in documents: {@code [N, C, H, W]}. */
    public int[] toArray() {
        return new int[] {n, c, h, w};
    }

    private static String describe(int n, int c, int h, int w) {
        return n + "x" + c + "x" + h + "x" + w;
    }

    /** {@code 1x64x56x56}, the form used in tables and messages. */
    @Override
    public String toString() {
        return describe(n, c, h, w);
    }
}
