package org.hwnas.latency.metrics;

/**
 * How well predicted latencies match measured ones on a set of rows.
 *
 * @param n        rows compared
 * @param mapePct  mean absolute percentage error, in percent of the measured value
 * @param rmseMs   root mean squared error, in ms
 * @param pearson  linear correlation
 * @param spearman Spearman rank correlation (SRCC): what a search that only ranks candidates needs
 * @param kendall  Kendall's tau-b
 */
public record ErrorMetrics(int n, double mapePct, double rmseMs, double pearson, double spearman, double kendall) {

    /** Compares {@code predicted} with {@code actual} (same length, at least 3 rows, finite, actual &gt; 0). */
    public static ErrorMetrics of(double[] actual, double[] predicted) {
        Metrics.check(actual, predicted);
        return new ErrorMetrics(actual.length, Metrics.mapePct(actual, predicted), Metrics.rmse(actual, predicted),
                Metrics.pearson(actual, predicted), Metrics.spearman(actual, predicted), Metrics.kendall(actual, predicted));
    }

    /** {@code MAPE 3.21%  RMSE 0.412 ms  Pearson 0.991  SRCC 0.987  Kendall 0.902  (n=14,625)}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "MAPE %.2f%%  RMSE %.3f ms  Pearson %.4f  SRCC %.4f  Kendall %.4f  (n=%,d)",
                mapePct, rmseMs, pearson, spearman, kendall, n);
    }
}
