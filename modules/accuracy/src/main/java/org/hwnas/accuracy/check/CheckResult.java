package org.hwnas.accuracy.check;

import java.util.List;
import org.hwnas.accuracy.spi.AccuracyMetric;

/**
 * The outcome of {@link AccuracyCheck#run}.
 *
 * @param estimator the estimator's id
 * @param reference the ground truth it was ranked against
 * @param sample    cells sampled
 * @param seed      the sampling seed
 * @param metrics   one correlation per metric checked
 * @param seconds   wall time in all
 */
public record CheckResult(String estimator, AccuracyMetric reference, int sample, long seed,
                          List<MetricCorrelation> metrics, double seconds) {
    public CheckResult {
        metrics = List.copyOf(metrics);
    }
}
