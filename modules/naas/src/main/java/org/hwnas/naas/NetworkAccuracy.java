package org.hwnas.naas;

import java.util.OptionalDouble;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.mbv2.MbNetArch;
import org.hwnas.model.network.NetworkAnalysis;

/**
 * The accuracy term of the network level: a registered {@link AccuracyEstimator} named by the caller that
 * handles the {@code mbv2} family (today {@code zero-cost}: proxy scores, not percent, so the floor is
 * then a score too), or by default {@link #macsProxy()}.
 */
public interface NetworkAccuracy {

    /** Short id for reports. */
    String id();

    /** Top-1 in percent (or, for a proxy estimator, its score: higher = predicted more accurate). */
    double top1(MbNetArch arch);

    /**
     * {@code ID} or {@code ID:METRIC}: the estimator with this id (must handle {@code mbv2}) and its first
     * metric or the one named (e.g. {@code zero-cost:mnist/naswot@0}); null or {@value #MACS_PROXY} gives
     * {@link #macsProxy()}. The default is not "any estimator that handles mbv2": the one that does returns
     * scores, not percent, and a percent floor such as {@code --min-top1} would silently mean nothing.
     *
     * @throws IllegalArgumentException for an unknown id or metric or one that does not handle {@code mbv2}
     */
    static NetworkAccuracy resolve(String id) {
        if (id == null || id.equals(MACS_PROXY)) {
            return macsProxy();
        }
        int colon = id.indexOf(':');
        String estimatorId = colon < 0 ? id : id.substring(0, colon);
        AccuracyEstimator est = AccuracyEstimators.byId(estimatorId);
        if (!est.families().contains(MbNetArch.FAMILY)) {
            throw new IllegalArgumentException("accuracy estimator '" + estimatorId + "' does not handle " + MbNetArch.FAMILY
                    + " networks (it handles: " + String.join(", ", est.families()) + ")");
        }
        AccuracyMetric metric = colon < 0 ? est.metrics().get(0) : AccuracyMetric.parse(id.substring(colon + 1));
        if (!est.metrics().contains(metric)) {
            throw new IllegalArgumentException("accuracy estimator '" + estimatorId + "' has no metric '" + metric + "' (valid: "
                    + String.join(", ", est.metrics().stream().map(AccuracyMetric::toString).toList()) + ")");
        }
        return new NetworkAccuracy() {
            @Override
            public String id() {
                return est.id() + ":" + metric;
            }

            @Override
            public double top1(MbNetArch arch) {
                OptionalDouble v = est.estimate(arch, metric);
                if (v.isEmpty()) {
                    throw new IllegalArgumentException("accuracy estimator '" + est.id() + "' has no value for " + arch.text());
                }
                return v.getAsDouble();
            }
        };
    }

    String MACS_PROXY = "mbv2-macs-proxy";

    /**
     * A crude stand-in, named as such in every report: ImageNet top-1 = a + b ln(MACs), least squares through
     * the MobileNetV2 width-multiplier points of Sandler et al. 2018 (224 px: 0.35 -> 60.3 % at 59 M MACs,
     * 0.5 -> 65.4 % / 97 M, 0.75 -> 69.8 % / 209 M, 1.0 -> 72.0 % / 300 M, 1.4 -> 74.7 % / 585 M; recalled,
     * not re-checked here). It sees kernel and expansion choices only through their MACs, so it keeps the
     * network search from winning EDP by shrinking the network, and no more. NAAS used a once-for-all
     * supernet's accuracy predictor, which this project does not have.
     */
    static NetworkAccuracy macsProxy() {
        SimpleRegression fit = new SimpleRegression();
        double[][] points = {{59, 60.3}, {97, 65.4}, {209, 69.8}, {300, 72.0}, {585, 74.7}};
        for (double[] p : points) {
            fit.addData(Math.log(p[0] * 1e6), p[1]);
        }
        double a = fit.getIntercept();
        double b = fit.getSlope();
        return new NetworkAccuracy() {
            @Override
            public String id() {
                return MACS_PROXY;
            }

            @Override
            public double top1(MbNetArch arch) {
                return a + b * Math.log(NetworkAnalysis.of(arch.network()).totalMacs());
            }
        };
    }
}
