package org.hwnas.accuracy.zerocost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import org.hwnas.accuracy.api.AccuracyEstimators;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.UnsupportedArchitectureException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.zoo.Nb201;
import org.junit.jupiter.api.Test;

class ZeroCostEstimatorTest {
    static final String GOOD = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final String POOLS = "|avg_pool_3x3~0|+|avg_pool_3x3~0|avg_pool_3x3~1|+|avg_pool_3x3~0|avg_pool_3x3~1|avg_pool_3x3~2|";

    @Test
    void sameSeedSameScoresOtherSeedOtherScores() {
        Network net = Nb201.network(GOOD);
        ZeroCostOptions o = new ZeroCostOptions(8, 3);
        Map<Proxy, Double> a = ZeroCostEvaluator.evaluate(net, EnumSet.allOf(Proxy.class), o);
        Map<Proxy, Double> b = ZeroCostEvaluator.evaluate(net, EnumSet.allOf(Proxy.class), o);
        assertThat(a).isEqualTo(b).containsOnlyKeys(EnumSet.allOf(Proxy.class));
        assertThat(a.values()).allSatisfy(v -> assertThat(v).isFinite());
        Map<Proxy, Double> c = ZeroCostEvaluator.evaluate(net, EnumSet.of(Proxy.SYNFLOW, Proxy.SNIP), new ZeroCostOptions(8, 4));
        assertThat(c.get(Proxy.SYNFLOW)).isNotEqualTo(a.get(Proxy.SYNFLOW));
        assertThat(c.get(Proxy.SNIP)).isNotEqualTo(a.get(Proxy.SNIP));
    }

    @Test
    void baselinesAreTheNetworkCounts() {
        Network net = Nb201.network(GOOD);
        Map<Proxy, Double> s = ZeroCostEvaluator.evaluate(net, EnumSet.of(Proxy.PARAMS, Proxy.FLOPS), ZeroCostOptions.defaults());
        assertThat(s).containsOnlyKeys(Proxy.PARAMS, Proxy.FLOPS);
        assertThat(s.get(Proxy.PARAMS)).isEqualTo((double) NetworkAnalysis.of(net).totalParams());
        assertThat(s.get(Proxy.FLOPS)).isEqualTo((double) NetworkAnalysis.of(net).totalMacs());
    }

    @Test
    void convolutionCellsBeatPoolingCellsOnTheDataProxies() {
        AccuracyEstimator e = new ZeroCostEstimator(new ZeroCostOptions(16, 0));
        Nb201Cell good = Nb201Cell.parse(GOOD);
        Nb201Cell pools = Nb201Cell.parse(POOLS);
        for (Proxy p : EnumSet.of(Proxy.SYNFLOW, Proxy.NASWOT, Proxy.PARAMS)) {
            AccuracyMetric m = ZeroCostEstimator.metric(p);
            assertThat(e.estimate(good, m).getAsDouble()).as(p.key()).isGreaterThan(e.estimate(pools, m).getAsDouble());
        }
    }

    @Test
    void registeredWithOneMetricPerProxyAndClearErrors() {
        AccuracyEstimator e = AccuracyEstimators.byId("zero-cost");
        assertThat(e.metrics()).extracting(AccuracyMetric::toString).containsExactly(
                "none/synflow@0", "mnist/grad_norm@0", "mnist/snip@0", "mnist/naswot@0", "none/params@0", "none/flops@0");
        assertThatThrownBy(() -> e.estimate(Nb201Cell.parse(GOOD), AccuracyMetric.parse("cifar10/test@200")))
                .hasMessageStartingWith("zero-cost has no metric 'cifar10/test@200' (valid: none/synflow@0, ");
        Architecture other = new Architecture() {
            public String family() {
                return "mbv3";
            }

            public String text() {
                return "x";
            }
        };
        assertThatThrownBy(() -> e.estimate(other, e.metrics().get(0))).isInstanceOf(UnsupportedArchitectureException.class)
                .hasMessage("zero-cost cannot evaluate a 'mbv3' architecture (it handles: nb201, mbv2, mbv2-ch, fbnet)");
    }
}
