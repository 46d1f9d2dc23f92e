package org.hwnas.arch.mbv2;

import java.util.List;

/**
 * The fixed skeleton around the searched blocks: MobileNetV2's (Sandler et al. 2018) stem conv 3x3/2 of
 * 32 channels, a first block {@code k3e1} of 16 channels, six searched stages, a 1x1 conv of 1280
 * channels, global pooling and the classifier. Only the input resolution and class count vary.
 */
public record MbMacro(int resolution, int classes) {
    /** MobileNetV2's searched stages: output channels and the stride of the first block. */
    public static final List<Stage> STAGES = List.of(
            new Stage(24, 2), new Stage(32, 2), new Stage(64, 2), new Stage(96, 1), new Stage(160, 2), new Stage(320, 1));
    /** Blocks per stage in MobileNetV2 itself (the paper's n column). */
    public static final List<Integer> MOBILENETV2_DEPTHS = List.of(2, 3, 4, 3, 3, 1);
    public static final int STEM = 32;
    public static final int FIRST_BLOCK = 16;
    public static final int LAST = 1280;
    public static final MbMacro IMAGENET = new MbMacro(224, 1000);

    public MbMacro {
        if (resolution < 32 || resolution > 4096) {
            throw new IllegalArgumentException("resolution must be 32..4096, got " + resolution);
        }
        if (classes < 1 || classes > 1_000_000) {
            throw new IllegalArgumentException("classes must be 1..1000000, got " + classes);
        }
    }

    /** One searched stage: its output channels (at width 1.0) and the stride of its first block. */
    public record Stage(int channels, int stride) {
    }

    /**
     * Channels at a width multiplier, as torchvision's MobileNetV2 rounds them: to the nearest multiple
     * of 8, at least 8, and never more than 10 % below the exact value.
     */
    public static int scaled(int channels, double width) {
        double v = channels * width;
        int r = Math.max(8, (int) (v + 4) / 8 * 8);
        return r < 0.9 * v ? r + 8 : r;
    }
}
