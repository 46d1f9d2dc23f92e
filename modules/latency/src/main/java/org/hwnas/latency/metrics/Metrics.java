package org.hwnas.latency.metrics;

import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * The error and rank measures every latency model reports, in one place. Rank correlations come from
 * commons-math3 (Spearman with average ranks for ties, Kendall's tau-b).
 */
public final class Metrics {
    /** Fewer rows than this make correlations meaningless. */
    public static final int MIN_ROWS = 3;

    private Metrics() {
    }

    /** Mean of |p - a| / a, in percent. */
    public static double mapePct(double[] actual, double[] predicted) {
        check(actual, predicted);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] <= 0) {
                throw new IllegalArgumentException("MAPE needs measured latencies > 0, row " + i + " has " + actual[i]);
            }
            sum += Math.abs(predicted[i] - actual[i]) / actual[i];
        }
        return 100 * sum / actual.length;
    }

    public static double rmse(double[] actual, double[] predicted) {
        check(actual, predicted);
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = predicted[i] - actual[i];
            sum += d * d;
        }
        return Math.sqrt(sum / actual.length);
    }

    public static double pearson(double[] a, double[] b) {
        check(a, b);
        return constant(a) || constant(b) ? 0 : new PearsonsCorrelation().correlation(a, b);
    }

    /** Spearman's rank correlation (SRCC); 0 when either side is constant (no ranking to agree with). */
    public static double spearman(double[] a, double[] b) {
        check(a, b);
        return constant(a) || constant(b) ? 0 : new SpearmansCorrelation().correlation(a, b);
    }

    /** Kendall's tau-b; 0 when either side is constant. */
    public static double kendall(double[] a, double[] b) {
        check(a, b);
        return constant(a) || constant(b) ? 0 : new KendallsCorrelation().correlation(a, b);
    }

    /** Same length, at least {@link #MIN_ROWS} rows, all finite: else a one-line reason. */
    static void check(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cannot compare " + a.length + " measured with " + b.length + " predicted values");
        }
        if (a.length < MIN_ROWS) {
            throw new IllegalArgumentException("need at least " + MIN_ROWS + " rows to compare, got " + a.length);
        }
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) {
                throw new IllegalArgumentException("row " + i + " is not a finite number (measured " + a[i] + ", predicted " + b[i] + ")");
            }
        }
    }

    private static boolean constant(double[] v) {
        for (double x : v) {
            if (x != v[0]) {
                return false;
            }
        }
        return true;
    }
}
