package org.hwnas.latency.adapt;

import org.hwnas.latency.metrics.Metrics;

/**
 * OneProxy's AdaProxy: fit {@link AdaProxySolver} over a sweep of penalties and keep the one whose
 * model ranks the validation samples best (highest SRCC; on a tie the larger penalty, i.e. the model
 * closer to the proxy).
 */
public final class AdaProxy {
    /** Penalties tried: lambdaMax * 10^(-k/2), k = 0..STEPS (down to 1e-8 lambdaMax). */
    static final int STEPS = 16;

    private AdaProxy() {
    }

    public static AdaProxyFit adapt(double[] w, double[][] xTrain, double[] yTrain, double[][] xVal, double[] yVal) {
        Checks.rows(xVal, yVal, Metrics.MIN_ROWS, "choosing the adaptation penalty by validation SRCC");
        AdaProxySolver solver = new AdaProxySolver(w, xTrain, yTrain);
        double max = solver.lambdaMax();
        AdaProxyFit best = null;
        double bestSrcc = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= STEPS; k++) {
            AdaProxyFit fit = solver.solve(max * Math.pow(10, -k / 2.0));
            double srcc = Metrics.spearman(yVal, fit.predict(xVal));
            if (srcc > bestSrcc + 1e-12) {
                best = fit;
                bestSrcc = srcc;
            }
        }
        return best;
    }

    /**
     * AdaProxy with the penalty chosen by {@code folds}-fold cross-validation over all {@code n} target
     * samples, then refitted on all of them. OneProxy scores each penalty on one held-out set of 10; with so
     * few rows that SRCC is noisy enough to pick {@code b = 0} (the bare proxy) on some draws. Pooling the
     * out-of-fold predictions of every sample scores each penalty on all n rows, and the final fit loses no
     * sample to validation. Penalties are the same grid as {@link #adapt}, relative to the full-data
     * {@code lambdaMax}, so every fold is judged at the same absolute penalties.
     */
    public static AdaProxyFit adaptCrossValidated(double[] w, double[][] x, double[] y, int folds) {
        Checks.rows(x, y, 2 * Metrics.MIN_ROWS, "choosing the adaptation penalty by cross-validated SRCC");
        if (folds < 2 || folds > x.length / Metrics.MIN_ROWS) {
            throw new IllegalArgumentException("cross-validation needs 2 to " + x.length / Metrics.MIN_ROWS
                    + " folds for " + x.length + " samples, got " + folds);
        }
        AdaProxySolver full = new AdaProxySolver(w, x, y);
        double max = full.lambdaMax();
        double[][] outOfFold = new double[STEPS + 1][x.length];
        for (int f = 0; f < folds; f++) {
            int[] train = foldRows(x.length, folds, f, false);
            int[] test = foldRows(x.length, folds, f, true);
            AdaProxySolver solver = new AdaProxySolver(w, rows(x, train), rows(y, train));
            for (int k = 0; k <= STEPS; k++) {
                AdaProxyFit fit = solver.solve(max * Math.pow(10, -k / 2.0));
                for (int i : test) {
                    outOfFold[k][i] = fit.predict(x[i]);
                }
            }
        }
        int bestK = 0;
        double bestSrcc = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= STEPS; k++) {
            double srcc = Metrics.spearman(y, outOfFold[k]);
            if (srcc > bestSrcc + 1e-12) {
                bestK = k;
                bestSrcc = srcc;
            }
        }
        return full.solve(max * Math.pow(10, -bestK / 2.0));
    }

    /** Sample i belongs to fold {@code i % folds}: the samples arrive in random draw order already. */
    static int[] foldRows(int n, int folds, int fold, boolean inFold) {
        return java.util.stream.IntStream.range(0, n).filter(i -> (i % folds == fold) == inFold).toArray();
    }

    private static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            out[i] = x[idx[i]];
        }
        return out;
    }

    private static double[] rows(double[] y, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = y[idx[i]];
        }
        return out;
    }

    /** Validation samples taken out of {@code n} target samples: OneProxy's 10 of 70, at least 3. */
    public static int validationSamples(int n) {
        return Math.max(Metrics.MIN_ROWS, (int) Math.round(n / 7.0));
    }
}
