package org.hwnas.latency.adapt;

import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.data.Nb201Encoding;
import org.hwnas.latency.data.Split;
import org.hwnas.latency.metrics.ErrorMetrics;
import org.hwnas.latency.metrics.Metrics;

/**
 * OneProxy's experiment on a latency table: the proxy device is measured on every cell, the target on
 * {@code samples} random cells only; how well does each predictor rank the remaining cells on the target?
 */
public final class AdaptationStudy {
    /** 3 to fit a, c and one more, 3 to choose lambda. */
    public static final int MIN_SAMPLES = 6;

    private AdaptationStudy() {
    }

    public static AdaptationResult run(LatencyDataset data, String proxy, String target, int samples, long seed) {
        if (proxy.equals(target)) {
            throw new IllegalArgumentException("the proxy and the target are the same device (" + proxy + ")");
        }
        if (samples < MIN_SAMPLES) {
            throw new IllegalArgumentException("proxy adaptation needs at least " + MIN_SAMPLES
                    + " target samples (3 to fit, 3 to choose the penalty), got " + samples);
        }
        LinearProxyModel proxyModel = proxyModel(data, proxy);
        Split split = Split.random(Split.connectedRows(data, proxy, target), samples, seed);
        int nVal = AdaProxy.validationSamples(samples);
        int[] all = split.train();
        int[] fit = java.util.Arrays.copyOfRange(all, 0, samples - nVal);
        int[] val = java.util.Arrays.copyOfRange(all, samples - nVal, samples);
        int[] eval = split.test();

        double[][] xEval = Nb201Encoding.matrix(data, eval, Nb201Encoding::oneHot);
        double[] yEval = data.values(target, eval);
        double raw = Metrics.spearman(yEval, data.values(proxy, eval));
        double proxyOnly = Metrics.spearman(yEval, proxyModel.predict(xEval));
        LinearProxyModel targetOnly = LinearProxyModel.fit(Nb201Encoding.matrix(data, all, Nb201Encoding::oneHot), data.values(target, all));
        double targetOnlySrcc = Metrics.spearman(yEval, targetOnly.predict(xEval));

        AdaProxyFit adapted = AdaProxy.adapt(proxyModel.w(),
                Nb201Encoding.matrix(data, fit, Nb201Encoding::oneHot), data.values(target, fit),
                Nb201Encoding.matrix(data, val, Nb201Encoding::oneHot), data.values(target, val));
        double[] pred = adapted.predict(xEval);
        return new AdaptationResult(proxy, target, samples, seed, fit.length, val.length, raw, proxyOnly, targetOnlySrcc,
                Metrics.spearman(yEval, pred), ErrorMetrics.of(yEval, pred), adapted.lambda());
    }

    /** The linear proxy model fitted on every connected cell measured on the proxy. */
    public static LinearProxyModel proxyModel(LatencyDataset data, String proxy) {
        int[] rows = Split.connectedRows(data, proxy);
        return LinearProxyModel.fit(Nb201Encoding.matrix(data, rows, Nb201Encoding::oneHot), data.values(proxy, rows));
    }

    /** The adapted model itself, fitted on {@code samples} target cells drawn with {@code seed}. */
    public static AdaProxyFit adaptedModel(LatencyDataset data, String proxy, String target, int samples, long seed) {
        if (samples < MIN_SAMPLES) {
            throw new IllegalArgumentException("proxy adaptation needs at least " + MIN_SAMPLES + " target samples, got " + samples);
        }
        Split split = Split.random(Split.connectedRows(data, proxy, target), samples, seed);
        int nVal = AdaProxy.validationSamples(samples);
        int[] all = split.train();
        int[] fit = java.util.Arrays.copyOfRange(all, 0, samples - nVal);
        int[] val = java.util.Arrays.copyOfRange(all, samples - nVal, samples);
        return AdaProxy.adapt(proxyModel(data, proxy).w(),
                Nb201Encoding.matrix(data, fit, Nb201Encoding::oneHot), data.values(target, fit),
                Nb201Encoding.matrix(data, val, Nb201Encoding::oneHot), data.values(target, val));
    }
}
