package org.hwnas.accuracy.check;

import org.hwnas.accuracy.spi.AccuracyMetric;

/**
 * How well one metric of an estimator ranks the sampled cells like the reference accuracy.
 *
 * @param metric   the estimator's metric
 * @param n        cells with a value (the correlations use these)
 * @param missing  sampled cells the estimator had no value for
 * @param spearman Spearman rank correlation (SRCC); NaN when fewer than 3 cells have values
 * @param kendall  Kendall's tau-b; NaN likewise
 * @param seconds  wall time spent estimating this metric (shared passes are charged to the first metric asked)
 */
public record MetricCorrelation(AccuracyMetric metric, int n, int missing, double spearman, double kendall, double seconds) {
}
