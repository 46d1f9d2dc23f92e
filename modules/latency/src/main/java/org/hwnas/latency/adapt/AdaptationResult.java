package org.hwnas.latency.adapt;

import org.hwnas.latency.metrics.ErrorMetrics;

/**
 * One proxy-adaptation run, judged on every cell not used for fitting.
 *
 * @param fitSamples        target samples the adaptation was fitted on
 * @param validationSamples target samples used to choose lambda
 * @param rawSrcc           proxy latencies as they are
 * @param proxyModelSrcc    the linear proxy model {@code X w}
 * @param targetOnlySrcc    a linear model fitted only on the same target samples ({@code pinv(X) y})
 * @param adaptedSrcc       AdaProxy
 * @param adapted           AdaProxy's full error metrics (its estimates are target-device ms)
 * @param lambda            the penalty chosen by validation SRCC
 */
public record AdaptationResult(String proxy, String target, int samples, long seed, int fitSamples, int validationSamples,
                               double rawSrcc, double proxyModelSrcc, double targetOnlySrcc, double adaptedSrcc,
                               ErrorMetrics adapted, double lambda) {
}
