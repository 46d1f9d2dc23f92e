package org.hwnas.latency.adapt;

import java.util.Arrays;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.data.Nb201Encoding;
import org.hwnas.latency.data.Split;
import org.hwnas.latency.metrics.ErrorMetrics;

/**
 * OneProxy's experiment on a latency table: the proxy device is measured on every cell, the target on
 * {@code samples} random cells only; how well does each predictor rank the remaining cells on the target?
 * AdaProxy runs twice: as OneProxy does (the last {@link AdaProxy#validationSamples} samples choose the
 * penalty) and with the penalty chosen by cross-validation over all samples ({@link #folds}), which is
 * what the {@code proxy-adapted} model uses.
 */
public final class AdaptationStudy {
    /** 3 to fit a, c and one more, 3 to choose lambda. */
    public static final int MIN_SAMPLES = 6;

    private AdaptationStudy() {
    }

    public static AdaptationResult run(LatencyDataset data, String proxy, String target, int samples, long seed) {
        Draw draw = Draw.of(data, proxy, target, samples, seed);
        LinearProxyModel proxyModel = proxyModel(data, proxy);
        double[][] xEval = encode(data, draw.eval);
        double[] yEval = data.values(target, draw.eval);
        LinearProxyModel targetOnly = LinearProxyModel.fit(encode(data, draw.all), data.values(target, draw.all));
        AdaProxyFit holdout = AdaProxy.adapt(proxyModel.w(), encode(data, draw.fit), data.values(target, draw.fit),
                encode(data, draw.val), data.values(target, draw.val));
        AdaProxyFit adapted = adapt(data, proxyModel, target, draw);
        return new AdaptationResult(proxy, target, samples, seed, draw.fit.length, draw.val.length, folds(samples),
                ErrorMetrics.of(yEval, data.values(proxy, draw.eval)),
                ErrorMetrics.of(yEval, proxyModel.predict(xEval)),
                ErrorMetrics.of(yEval, targetOnly.predict(xEval)),
                ErrorMetrics.of(yEval, holdout.predict(xEval)),
                ErrorMetrics.of(yEval, adapted.predict(xEval)),
                adapted.lambda());
    }

    /** The linear proxy model fitted on every connected cell measured on the proxy. */
    public static LinearProxyModel proxyModel(LatencyDataset data, String proxy) {
        int[] rows = Split.connectedRows(data, proxy);
        return LinearProxyModel.fit(encode(data, rows), data.values(proxy, rows));
    }

    /** The adapted model itself, fitted on {@code samples} target cells drawn with {@code seed}. */
    public static AdaProxyFit adaptedModel(LatencyDataset data, String proxy, String target, int samples, long seed) {
        return adapt(data, proxyModel(data, proxy), target, Draw.of(data, proxy, target, samples, seed));
    }

    private static AdaProxyFit adapt(LatencyDataset data, LinearProxyModel proxyModel, String target, Draw draw) {
        return AdaProxy.adaptCrossValidated(proxyModel.w(), encode(data, draw.all), data.values(target, draw.all), folds(draw.all.length));
    }

    /** Folds of the size of OneProxy's validation set (10 of 70 gives 7), at least 2 of at least 3 rows. */
    public static int folds(int samples) {
        return Math.max(2, Math.min(samples / AdaProxy.validationSamples(samples), samples / 3));
    }

    private static double[][] encode(LatencyDataset data, int[] rows) {
        return Nb201Encoding.matrix(data, rows, Nb201Encoding::oneHot);
    }

    /** The target samples: fitting rows, validation rows, and every other row for judging. */
    private record Draw(int[] all, int[] fit, int[] val, int[] eval) {
        static Draw of(LatencyDataset data, String proxy, String target, int samples, long seed) {
            if (proxy.equals(target)) {
                throw new IllegalArgumentException("the proxy and the target are the same device (" + proxy + ")");
            }
            if (samples < MIN_SAMPLES) {
                throw new IllegalArgumentException("proxy adaptation needs at least " + MIN_SAMPLES
                        + " target samples (3 to fit, 3 to choose the penalty), got " + samples);
            }
            Split split = Split.random(Split.connectedRows(data, proxy, target), samples, seed);
            int nVal = AdaProxy.validationSamples(samples);
            int[] all = split.train();
            return new Draw(all, Arrays.copyOf(all, samples - nVal), Arrays.copyOfRange(all, samples - nVal, samples), split.test());
        }
    }
}
