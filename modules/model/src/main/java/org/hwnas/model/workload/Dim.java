package org.hwnas.model.workload;

/**
 * The loop dimensions of a (grouped) convolution, in Timeloop's notation.
 * <p>{@code P} is the output width (paired with {@code R} and the input width), {@code Q} the output
 * height (paired with {@code S} and the input height). {@code G} is the group dimension: a depthwise
 * convolution is {@code G = channels, K = C = 1}, so reuse analysis sees the real data sharing instead of
 * a dense {@code K = 1} layer.
 */
public enum Dim {
    N, G, K, C, P, Q, R, S;

    /** The dimension with this (case-insensitive) letter, or an exception naming the valid ones. */
    public static Dim parse(String s) {
        for (Dim d : values()) {
            if (d.name().equalsIgnoreCase(s.trim())) {
                return d;
            }
        }
        // Timeloop users write M for output channels.
        if ("M".equalsIgnoreCase(s.trim())) {
            return K;
        }
        throw new IllegalArgumentException("unknown loop dimension '" + s + "' (valid: N, G, K, C, P, Q, R, S)");
    }
}
