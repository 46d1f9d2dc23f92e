package org.hwnas.accuracy.training;

/**
 * What to train and for how long. Training stops at whichever budget runs out first.
 *
 * @param channels      stem channels of the MNIST-scaled NB201 network (the benchmark uses 16)
 * @param cellsPerStage cells per stage (the benchmark uses 5: 15 cells)
 * @param epochs        epoch budget (passes over the training split)
 * @param maxSeconds    wall-clock budget for the training steps; 0 for none
 * @param batch         digits per step
 * @param learningRate  peak rate of SGD (momentum 0.9, weight decay 5e-4, cosine decay to 0 over the
 *                      epoch budget), NAS-Bench-201's recipe at a shorter horizon
 * @param validation    digits held out for validation (the rest of the 10,000 train)
 * @param seed          seeds the weights, the split and the batch order
 */
public record TrainingOptions(int channels, int cellsPerStage, int epochs, double maxSeconds, int batch,
                              double learningRate, int validation, long seed) {
    public TrainingOptions {
        check(channels >= 1 && channels <= 256, "channels must be 1..256, got " + channels);
        check(cellsPerStage >= 1 && cellsPerStage <= 20, "cells per stage must be 1..20, got " + cellsPerStage);
        check(epochs >= 1 && epochs <= 1000, "epochs must be 1..1000, got " + epochs);
        check(maxSeconds >= 0, "the seconds budget must be >= 0, got " + maxSeconds);
        check(batch >= 2 && batch <= 4096, "batch must be 2..4096, got " + batch);
        check(learningRate > 0 && learningRate < 10, "learning rate must be in (0, 10), got " + learningRate);
        check(validation >= 10 && validation <= 5000, "validation digits must be 10..5000, got " + validation);
    }

    /** 8 channels, 5 cells per stage, one epoch of 8,000 digits in batches of 64, lr 0.05, 2,000 for validation. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(8, 5, 1, 0, 64, 0.05, 2000, 0);
    }

    public TrainingOptions withEpochs(int n) {
        return new TrainingOptions(channels, cellsPerStage, n, maxSeconds, batch, learningRate, validation, seed);
    }

    public TrainingOptions withMaxSeconds(double s) {
        return new TrainingOptions(channels, cellsPerStage, epochs, s, batch, learningRate, validation, seed);
    }

    public TrainingOptions withChannels(int c) {
        return new TrainingOptions(c, cellsPerStage, epochs, maxSeconds, batch, learningRate, validation, seed);
    }

    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(channels, cellsPerStage, epochs, maxSeconds, batch, learningRate, validation, s);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
