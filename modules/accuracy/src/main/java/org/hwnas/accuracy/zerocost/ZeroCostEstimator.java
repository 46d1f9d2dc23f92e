package org.hwnas.accuracy.zerocost;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code zero-cost}: training-free proxies on NAS-Bench-201's CIFAR-10 network (3x32x32 input, 16 stem
 * channels, 5 cells per stage) at initialisation. The metric chooses the proxy: {@code mnist/naswot@0},
 * {@code mnist/grad_norm@0}, {@code mnist/snip@0} (on a mini-batch of real MNIST digits),
 * {@code none/synflow@0}, {@code none/params@0}, {@code none/flops@0} (data-free).
 * <p>The values are proxy <em>scores</em>, not accuracies in percent: only their order means something
 * (higher predicts more accurate). Scores are computed on the exact cell (dead edges included) and
 * remembered per cell; all mini-batch proxies of a cell come from one pass. NASWOT is minus infinity
 * when two digits get identical activation codes (a singular kernel, as numpy's {@code slogdet} reports
 * it): such a network, typically one whose cells pass nothing on, ranks last.
 */
@ServiceProvider(service = AccuracyEstimator.class)
public final class ZeroCostEstimator implements AccuracyEstimator {
    public static final String ID = "zero-cost";

    private final ZeroCostOptions options;
    private final Map<String, Map<Proxy, Double>> cache = new ConcurrentHashMap<>();

    /** Batch of {@value ZeroCostOptions#DEFAULT_BATCH} digits, seed 0. */
    public ZeroCostEstimator() {
        this(ZeroCostOptions.defaults());
    }

    public ZeroCostEstimator(ZeroCostOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Zero-cost proxies at initialisation with DJL (synflow, grad_norm, snip, naswot; params, flops); scores, not percent";
    }

    @Override
    public List<AccuracyMetric> metrics() {
        return Arrays.stream(Proxy.values()).map(ZeroCostEstimator::metric).toList();
    }

    /** The metric that selects a proxy. */
    public static AccuracyMetric metric(Proxy p) {
        return new AccuracyMetric(p.needsMiniBatch() ? "mnist" : "none", p.key(), 0);
    }

    @Override
    public List<String> families() {
        return List.of(Nb201Cell.FAMILY);
    }

    @Override
    public OptionalDouble estimate(Architecture arch, AccuracyMetric metric) {
        if (!(arch instanceof Nb201Cell cell)) {
            throw new UnsupportedArchitectureException(ID, arch, Nb201Cell.FAMILY);
        }
        Proxy proxy = proxy(metric);
        Map<Proxy, Double> scores = cache.computeIfAbsent(cell.text(), k -> new ConcurrentHashMap<>());
        if (!scores.containsKey(proxy)) {
            // the mini-batch proxies come together: asking for one computes all three
            Set<Proxy> group = proxy.needsMiniBatch() ? EnumSet.of(Proxy.GRAD_NORM, Proxy.SNIP, Proxy.NASWOT) : EnumSet.of(proxy);
            scores.putAll(ZeroCostEvaluator.evaluate(Nb201.network(cell.text()), group, options));
        }
        double v = scores.get(proxy);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private Proxy proxy(AccuracyMetric metric) {
        return Arrays.stream(Proxy.values()).filter(p -> metric(p).equals(metric)).findFirst().orElseThrow(() ->
                new IllegalArgumentException(ID + " has no metric '" + metric + "' (valid: "
                        + String.join(", ", metrics().stream().map(AccuracyMetric::toString).toList()) + ")"));
    }
}
