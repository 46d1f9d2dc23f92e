package org.hwnas.latency.adapt;

import org.hwnas.latency.metrics.ErrorMetrics;

/**
 * One proxy-adaptation run, judged on every connected cell not used for fitting. SRCC is the measure
 * that matters (the adapted model is a ranker); MAPE of "proxy as is" compares two devices' ms.
 *
 * @param fitSamples        target samples the adaptation was fitted on
 * @param validationSamples target samples used to choose lambda
 * @param proxyAsIs         proxy latencies as they are
 * @param proxyModel        the linear proxy model {@code X w}
 * @param targetOnly        a linear model fitted only on the same target samples ({@code pinv(X) y})
 * @param adaptedHoldout    AdaProxy as OneProxy runs it: fitted on {@code fitSamples}, the penalty chosen on
 *                          the {@code validationSamples} held out
 * @param adapted           AdaProxy with the penalty chosen by {@code folds}-fold cross-validation over all
 *                          {@code samples}, refitted on all of them (the model {@code proxy-adapted} serves)
 * @param lambda            the penalty {@code adapted} chose
 */
public record AdaptationResult(String proxy, String target, int samples, long seed, int fitSamples, int validationSamples,
                               int folds, ErrorMetrics proxyAsIs, ErrorMetrics proxyModel, ErrorMetrics targetOnly,
                               ErrorMetrics adaptedHoldout, ErrorMetrics adapted, double lambda) {
}
