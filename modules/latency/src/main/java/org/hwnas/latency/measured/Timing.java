package org.hwnas.latency.measured;

import java.util.Arrays;

/**
 * Summary of repeated timings of one thing. The median and the inter-quartile range are used rather
 * than mean and standard deviation because run times are skewed: the OS, the JIT and other processes
 * add rare long runs that should not move the figure.
 *
 * @param medianMs the median run, in milliseconds
 * @param q1Ms     first quartile
 * @param q3Ms     third quartile
 * @param minMs    fastest run
 * @param runs     number of timed runs
 */
public record Timing(double medianMs, double q1Ms, double q3Ms, double minMs, int runs) {

    public Timing {
        if (runs <= 0) {
            throw new IllegalArgumentException("a timing needs at least one run");
        }
    }

    /** Inter-quartile range, the spread reported beside the median. */
    public double iqrMs() {
        return q3Ms - q1Ms;
    }

    /** Summarises run times in nanoseconds (quartiles by linear interpolation, as numpy's default). */
    public static Timing ofNanos(long[] nanos) {
        double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
        return new Timing(quantile(ms, 0.5), quantile(ms, 0.25), quantile(ms, 0.75), ms[0], ms.length);
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
