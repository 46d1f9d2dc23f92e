package org.hwnas.latency.measured;

/**
 * How to profile.
 *
 * @param warmup   untimed runs first (JIT, allocator and oneDNN kernel selection settle)
 * @param runs     timed runs, end to end and per layer
 * @param perLayer also time each layer alone
 * @param device   {@code cpu} or {@code gpu}
 * @param threads  PyTorch intra-op threads while profiling. The default is 1: at batch 1 the ops are
 *                 small, and on this project's 2-core reference machine two threads measured slower and
 *                 four times noisier (median 12.3 vs 8.5 ms, IQR 9.4 vs 2.2 ms on an NB201 network),
 *                 because each op waits for the other core, which the JVM and other processes also use
 */
public record ProfileOptions(int warmup, int runs, boolean perLayer, String device, int threads) {
    public static final int DEFAULT_WARMUP = 10;
    public static final int DEFAULT_RUNS = 30;

    public ProfileOptions {
        if (warmup < 0) {
            throw new IllegalArgumentException("warm-up runs must be >= 0, got " + warmup);
        }
        if (runs < 1 || runs > 100_000) {
            throw new IllegalArgumentException("runs must be 1..100000, got " + runs);
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be 1..1024, got " + threads);
        }
    }

    public static ProfileOptions defaults() {
        return new ProfileOptions(DEFAULT_WARMUP, DEFAULT_RUNS, true, "cpu", 1);
    }

    public ProfileOptions withRuns(int n) {
        return new ProfileOptions(warmup, n, perLayer, device, threads);
    }

    public ProfileOptions withPerLayer(boolean on) {
        return new ProfileOptions(warmup, runs, on, device, threads);
    }

    public ProfileOptions withThreads(int n) {
        return new ProfileOptions(warmup, runs, perLayer, device, n);
    }

    public ProfileOptions withDevice(String name) {
        return new ProfileOptions(warmup, runs, perLayer, name, threads);
    }
}
