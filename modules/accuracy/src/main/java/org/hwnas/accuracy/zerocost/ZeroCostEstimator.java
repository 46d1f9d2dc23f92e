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
import org.hwnas.arch.NetworkCandidate;
import org.hwnas.arch.fbnet.FbnetArch;
import org.hwnas.arch.mbv2.MbNetArch;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.zoo.Nb201;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code zero-cost}: training-free proxies at initialisation, on NAS-Bench-201's CIFAR-10 network (3x32x32
 * input, 16 stem channels, 5 cells per stage) for an {@code nb201} cell, and on the candidate's own network
 * for any {@link NetworkCandidate} of the families in {@link #families()} (MobileNetV2-style {@code mbv2},
 * HSCoNAS's {@code mbv2-ch}, {@code fbnet}). The metric chooses the proxy: {@code mnist/naswot@0},
 * {@code mnist/grad_norm@0}, {@code mnist/snip@0} (on a mini-batch of real MNIST digits),
 * {@code none/synflow@0}, {@code none/params@0}, {@code none/flops@0} (data-free).
 * <p>The values are proxy <em>scores</em>, not accuracies in percent: only their order means something
 * (higher predicts more accurate). Scores are computed on the exact cell (dead edges included) and
 * remembered per candidate (its value, so the input resolution is part of the key); all mini-batch proxies of a cell come from one pass. NASWOT is minus infinity
 * when two digits get identical activation codes (a singular kernel, as numpy's {@code slogdet} reports
 * it): such a network, typically one whose cells pass nothing on, ranks last.
 */
@ServiceProvider(service = AccuracyEstimator.class)
public final class ZeroCostEstimator implements AccuracyEstimator {
    public static final String ID = "zero-cost";

    private final ZeroCostOptions options;
    /** Families whose candidates are {@link NetworkCandidate}s with a 10+-class classifier (mbv2-ch lives in modules/methods). */
    static final List<String> NETWORK_FAMILIES = List.of(MbNetArch.FAMILY, "mbv2-ch", FbnetArch.FAMILY);
    static final List<String> FAMILIES = List.of(Nb201Cell.FAMILY, MbNetArch.FAMILY, "mbv2-ch", FbnetArch.FAMILY);

    private final Map<Architecture, Map<Proxy, Double>> cache = new ConcurrentHashMap<>();

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
        return FAMILIES;
    }

    @Override
    public OptionalDouble estimate(Architecture arch, AccuracyMetric metric) {
        Network network = network(arch);
        Proxy proxy = proxy(metric);
        Map<Proxy, Double> scores = cache.computeIfAbsent(arch, k -> new ConcurrentHashMap<>());
        if (!scores.containsKey(proxy)) {
            // the mini-batch proxies come together: asking for one computes all three
            Set<Proxy> group = proxy.needsMiniBatch() ? EnumSet.of(Proxy.GRAD_NORM, Proxy.SNIP, Proxy.NASWOT) : EnumSet.of(proxy);
            scores.putAll(ZeroCostEvaluator.evaluate(network, group, options));
        }
        double v = scores.get(proxy);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** NB201 cells become the benchmark's network; other candidates bring their own. */
    private static Network network(Architecture arch) {
        if (arch instanceof Nb201Cell cell) {
            return Nb201.network(cell.text());
        }
        if (arch instanceof NetworkCandidate nc && NETWORK_FAMILIES.contains(arch.family())) {
            return nc.network();
        }
        throw new UnsupportedArchitectureException(ID, arch, String.join(", ", FAMILIES));
    }

    private Proxy proxy(AccuracyMetric metric) {
        return Arrays.stream(Proxy.values()).filter(p -> metric(p).equals(metric)).findFirst().orElseThrow(() ->
                new IllegalArgumentException(ID + " has no metric '" + metric + "' (valid: "
                        + String.join(", ", metrics().stream().map(AccuracyMetric::toString).toList()) + ")"));
    }
}
