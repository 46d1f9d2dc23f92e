package org.hwnas.latency.data;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Rows used for fitting and the held-out rows a model is judged on. Seeded, so every figure reproduces.
 *
 * @param train rows to fit on, in sampled order
 * @param test  every other candidate row, ascending
 */
public record Split(int[] train, int[] test) {
    /** The seed of the fixed splits behind the built-in fitted models. */
    public static final long DEFAULT_SEED = 201;
    /** Rows the built-in fitted models learn from per device (HELP's and the setting: 1,000). */
    public static final int DEFAULT_TRAIN_ROWS = 1000;

    public Split {
        train = train.clone();
        test = test.clone();
    }

    /**
     * {@code n} rows drawn without replacement from {@code candidates}; the rest are held out.
     *
     * @throws IllegalArgumentException when fewer than n + 3 candidates exist (nothing left to judge on)
     */
    public static Split random(int[] candidates, int n, long seed) {
        if (n < 1 || n > candidates.length - 3) {
            throw new IllegalArgumentException("cannot draw " + n + " fitting rows from " + candidates.length
                    + " candidates and keep at least 3 held out");
        }
        int[] shuffled = candidates.clone();
        Random rnd = new Random(seed);
        for (int i = shuffled.length - 1; i > 0; i--) { // Fisher-Yates
            int j = rnd.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        int[] train = Arrays.copyOf(shuffled, n);
        int[] test = Arrays.copyOfRange(shuffled, n, shuffled.length);
        Arrays.sort(test);
        return new Split(train, test);
    }

    /**
     * Rows measured on all {@code devices} whose cell output is connected. The 341 disconnected cells
     * measure near 0 ms on runtimes that fold them away (raspi4, pixel3), which no additive model can
     * follow, so fitted models are trained and judged on connected cells only.
     */
    public static int[] connectedRows(LatencyDataset data, String... devices) {
        return IntStream.of(data.rowsWith(devices)).filter(r -> !data.cell(r).outputDisconnected()).toArray();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    /** The fixed split of the built-in fitted models: 1,000 connected cells to fit on, the rest held out. */
    public static Split standard(LatencyDataset data, String device) {
        return random(connectedRows(data, device), DEFAULT_TRAIN_ROWS, DEFAULT_SEED);
    }

    /** The standard split's fitting rows when the device has enough connected cells, else all of them (small user tables). */
    public static int[] standardTrainRows(LatencyDataset data, String device) {
        int[] connected = connectedRows(data, device);
        return connected.length >= DEFAULT_TRAIN_ROWS + 3 ? standard(data, device).train() : connected;
    }

    public int trainSize() {
        return train.length;
    }

    public int testSize() {
        return test.length;
    }
}
