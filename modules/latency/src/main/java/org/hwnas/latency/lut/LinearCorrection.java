package org.hwnas.latency.lut;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * HSCoNAS's global correction of a LUT sum: {@code lat = a * sumLut + b}. The slope absorbs what
 * per-operator profiles systematically miss or double count; the intercept the fixed per-inference
 * overheads (launches, data movement between layers).
 */
public record LinearCorrection(double a, double b) {
    public static final LinearCorrection IDENTITY = new LinearCorrection(1, 0);
    /** Two points fix a line; one more gives some protection against a noisy measurement. */
    public static final int MIN_NETWORKS = 2;

    public LinearCorrection {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("correction coefficients must be finite, got a=" + a + ", b=" + b);
        }
    }

    /** Least-squares fit of measured end-to-end latencies on their LUT sums. */
    public static LinearCorrection fit(double[] lutSums, double[] measured) {
        if (lutSums.length != measured.length) {
            throw new IllegalArgumentException("got " + lutSums.length + " LUT sums for " + measured.length + " measured networks");
        }
        if (lutSums.length < MIN_NETWORKS) {
            throw new IllegalArgumentException("the linear correction needs at least " + MIN_NETWORKS + " measured networks, got " + lutSums.length);
        }
        SimpleRegression r = new SimpleRegression(true);
        for (int i = 0; i < lutSums.length; i++) {
            if (!Double.isFinite(lutSums[i]) || !Double.isFinite(measured[i])) {
                throw new IllegalArgumentException("network " + i + ": LUT sum " + lutSums[i] + " and measured " + measured[i] + " must be finite");
            }
            r.addData(lutSums[i], measured[i]);
        }
        if (Double.isNaN(r.getSlope())) {
            throw new IllegalArgumentException("the measured networks all have the same LUT sum; the correction needs different ones");
        }
        return new LinearCorrection(r.getSlope(), r.getIntercept());
    }

    public double apply(double lutSum) {
        return a * lutSum + b;
    }

    public double[] apply(double[] lutSums) {
        double[] out = new double[lutSums.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(lutSums[i]);
        }
        return out;
    }
}
