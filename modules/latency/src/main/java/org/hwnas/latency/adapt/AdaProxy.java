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

    /** Validation samples taken out of {@code n} target samples: OneProxy's 10 of 70, at least 3. */
    public static int validationSamples(int n) {
        return Math.max(Metrics.MIN_ROWS, (int) Math.round(n / 7.0));
    }
}
