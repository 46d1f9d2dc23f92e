package org.hwnas.model.network;

/** PyTorch's sliding-window size formula (convolution and pooling, {@code ceil_mode=False}). */
public final class WindowMath {
    private WindowMath() {
    }

    /**
     * Output extent of a window of {@code kernel} taps spaced {@code dilation} apart, moved by
     * {@code stride} over an input of {@code in} padded by {@code padding} on both sides:
     * {@code floor((in + 2p - d(k-1) - 1) / s) + 1}.
     *
     * @return the extent, or 0 when the dilated window does not fit in the padded input even once
     *         (a long: huge paddings can exceed an int)
     */
    public static long outputSize(int in, int kernel, int stride, int padding, int dilation) {
        long padded = (long) in + 2L * padding;
        long span = effectiveKernel(kernel, dilation);
        if (span > padded) {
            return 0;
        }
        return (padded - span) / stride + 1;
    }

    /** How many input positions a dilated kernel spans: {@code d(k-1) + 1}. */
    public static long effectiveKernel(int kernel, int dilation) {
        return (long) dilation * (kernel - 1) + 1;
    }

    /** Output extent of strided subsampling {@code x[::stride]}: {@code ceil(in / stride)}. */
    public static int subsample(int in, int stride) {
        return (int) (((long) in + stride - 1) / stride);
    }
}
