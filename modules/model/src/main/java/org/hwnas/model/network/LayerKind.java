package org.hwnas.model.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a layer computes. The {@link #key()} is the {@code kind} value in network documents. */
public enum LayerKind {
    CONV2D(1, 1),
    LINEAR(1, 1),
    MAX_POOL(1, 1),
    AVG_POOL(1, 1),
    /** Averages each channel to 1x1 (PyTorch {@code AdaptiveAvgPool2d(1)}). */
    GLOBAL_AVG_POOL(1, 1),
    BATCH_NORM(1, 1),
    RELU(1, 1),
    RELU6(1, 1),
    HARDSWISH(1, 1),
    SIGMOID(1, 1),
    /** Element-wise sum of two or more tensors of equal shape. */
    ADD(2, Integer.MAX_VALUE),
    /** Concatenation along channels; inputs agree on N, H and W. */
    CONCAT(2, Integer.MAX_VALUE),
    /** {@code N x C x H x W -> N x (C*H*W) x 1 x 1}. */
    FLATTEN(1, 1),
    IDENTITY(1, 1),
    /** NAS-Bench-201's {@code none} op: zeros shaped like the (optionally strided) input. */
    ZERO(1, 1);

    private final int minInputs;
    private final int maxInputs;

    LayerKind(int minInputs, int maxInputs) {
        this.minInputs = minInputs;
        this.maxInputs = maxInputs;
    }

    /** The document spelling, e.g. {@code batch_norm}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int minInputs() {
        return minInputs;
    }

    public int maxInputs() {
        return maxInputs;
    }

    /** Conv and linear layers: the ones with MACs, weights and a loop nest for the cost model. */
    public boolean isCompute() {
        return this == CONV2D || this == LINEAR;
    }

    public boolean isPool() {
        return this == MAX_POOL || this == AVG_POOL;
    }

    /** The kind spelled {@code key}, case-insensitive, with {@code -} accepted for {@code _}. */
    public static Optional<LayerKind> fromKey(String key) {
        String want = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.key().equals(want)).findFirst();
    }

    /** All keys, for "valid: ..." messages. */
    public static String validKeys() {
        return Arrays.stream(values()).map(LayerKind::key).collect(Collectors.joining(", "));
    }
}
