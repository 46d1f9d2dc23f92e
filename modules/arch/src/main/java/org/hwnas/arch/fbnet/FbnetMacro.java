package org.hwnas.arch.fbnet;

import java.util.List;

/**
 * FBNet's macro-architecture (Wu et al. 2019, as HW-NAS-Bench builds it): a 3x3 stem of 16 channels,
 * 22 searched layers in seven stages of 1, 4, 4, 4, 4, 4, 1 layers with 16, 24, 32, 64, 112, 184, 352
 * channels, a 1x1 head conv, global pooling and the classifier. HW-NAS-Bench's CIFAR setting (the one
 * its and HELP's latencies were measured on) drops the stem stride and the second stage's stride and
 * uses a 1504-channel head; ImageNet keeps FBNet's strides and a 1984-channel head.
 */
public enum FbnetMacro {
    CIFAR10(32, 10, 1, new int[] {1, 1, 2, 2, 1, 2, 1}, 1504),
    CIFAR100(32, 100, 1, new int[] {1, 1, 2, 2, 1, 2, 1}, 1504),
    IMAGENET(224, 1000, 2, new int[] {1, 2, 2, 2, 1, 2, 1}, 1984);

    public static final int LAYERS = 22;
    public static final int STEM = 16;
    public static final List<Integer> DEPTHS = List.of(1, 4, 4, 4, 4, 4, 1);
    public static final List<Integer> CHANNELS = List.of(16, 24, 32, 64, 112, 184, 352);

    private final int resolution;
    private final int classes;
    private final int stemStride;
    private final int[] strides;
    private final int head;

    FbnetMacro(int resolution, int classes, int stemStride, int[] strides, int head) {
        this.resolution = resolution;
        this.classes = classes;
        this.stemStride = stemStride;
        this.strides = strides;
        this.head = head;
    }

    public int resolution() {
        return resolution;
    }

    public int classes() {
        return classes;
    }

    public int stemStride() {
        return stemStride;
    }

    /** Stride of the first layer of stage {@code s}. */
    public int stride(int s) {
        return strides[s];
    }

    public int head() {
        return head;
    }

    /** The stage of searched layer {@code layer} (0..21). */
    public static int stageOf(int layer) {
        int end = 0;
        for (int s = 0; s < DEPTHS.size(); s++) {
            end += DEPTHS.get(s);
            if (layer < end) {
                return s;
            }
        }
        throw new IllegalArgumentException("FBNet layer must be 0..21, got " + layer);
    }

    /** Index of the first searched layer of stage {@code s}. */
    public static int firstLayer(int s) {
        int i = 0;
        for (int k = 0; k < s; k++) {
            i += DEPTHS.get(k);
        }
        return i;
    }

    /** The document spelling, e.g. {@code cifar100}. */
    public String key() {
        return name().toLowerCase();
    }
}
