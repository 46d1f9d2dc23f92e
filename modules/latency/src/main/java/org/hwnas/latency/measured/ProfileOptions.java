package org.hwnas.latency.measured;

/**
 * How to profile.
 *
 * @param warmup   untimed runs first (JIT, allocator and oneDNN kernel selection settle)
 * @param runs     timed runs, end to end and per layer
 * @param perLayer also time each layer alone
 * @param device   {@code cpu} or {@code gpu}
 */
public record ProfileOptions(int warmup, int runs, boolean perLayer, String device) {
    public static final int DEFAULT_WARMUP = 10;
    public static final int DEFAULT_RUNS = 30;

    public ProfileOptions {
        if (warmup < 0) {
            throw new IllegalArgumentException("warm-up runs must be >= 0, got " + warmup);
        }
        if (runs < 1 || runs > 100_000) {
            throw new IllegalArgumentException("runs must be 1..100000, got " + runs);
        }
    }

    public static ProfileOptions defaults() {
        return new ProfileOptions(DEFAULT_WARMUP, DEFAULT_RUNS, true, "cpu");
    }

    public ProfileOptions withRuns(int n) {
        return new ProfileOptions(warmup, n, perLayer, device);
    }

    public ProfileOptions withPerLayer(boolean on) {
        return new ProfileOptions(warmup, runs, on, device);
    }

    public ProfileOptions withDevice(String name) {
        return new ProfileOptions(warmup, runs, perLayer, name);
    }
}
