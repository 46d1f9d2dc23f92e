package org.hwnas.accuracy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.hwnas.accuracy.nb201.Nb201TableEstimator;
import org.hwnas.accuracy.spi.AccuracyEstimator;
import org.hwnas.accuracy.spi.AccuracyMetric;
import org.hwnas.accuracy.zerocost.Proxy;
import org.hwnas.accuracy.zerocost.ZeroCostEstimator;
import org.hwnas.arch.Architecture;
import org.hwnas.arch.nb201.Nb201Cell;
import org.junit.jupiter.api.Test;

class AccuracyCheckTest {

    @Test
    void samplesAreDistinctAndSeeded() {
        List<Nb201Cell> a = AccuracyCheck.sample(200, 5);
        assertThat(a).doesNotHaveDuplicates().hasSize(200);
        assertThat(AccuracyCheck.sample(200, 5)).isEqualTo(a);
        assertThat(AccuracyCheck.sample(200, 6)).isNotEqualTo(a);
        assertThatThrownBy(() -> AccuracyCheck.sample(2, 0)).hasMessage("sample size must be 3..15625, got 2");
    }

    @Test
    void theTableAgainstItselfIsPerfectAndThe12EpochTableIsClose() {
        AccuracyEstimator table = new Nb201TableEstimator();
        List<String> lines = new ArrayList<>();
        CheckResult r = AccuracyCheck.run(table, List.of(AccuracyCheck.REFERENCE, AccuracyMetric.parse("cifar10/valid@12")),
                100, 1, lines::add);
        assertThat(lines).hasSize(100);
        assertThat(r.metrics().get(0).spearman()).isCloseTo(1.0, within(1e-12));
        assertThat(r.metrics().get(0).kendall()).isCloseTo(1.0, within(1e-12));
        assertThat(r.metrics().get(1).spearman()).isBetween(0.5, 0.99);
        assertThat(r.metrics().get(1).n()).isEqualTo(100);
    }

    @Test
    void reversedScoresGiveMinusOneAndMissingValuesAreCounted() {
        AccuracyMetric m = new AccuracyMetric("x", "y", 0);
        MetricCorrelation c = AccuracyCheck.correlate(m, new double[] {1, 2, 3, 4, 5}, new double[] {50, 40, Double.NaN, 20, 10}, 0);
        assertThat(c.n()).isEqualTo(4);
        assertThat(c.missing()).isEqualTo(1);
        assertThat(c.spearman()).isCloseTo(-1, within(1e-12));
        assertThat(c.kendall()).isCloseTo(-1, within(1e-12));
    }

    @Test
    void zeroCostParamsRankLikePublished() {
        // #params is the published baseline: SRCC about 0.7 with CIFAR-10 test accuracy on NB201
        CheckResult r = AccuracyCheck.run(new ZeroCostEstimator(), List.of(ZeroCostEstimator.metric(Proxy.PARAMS)), 300, 0, s -> { });
        assertThat(r.metrics().get(0).spearman()).isBetween(0.6, 0.85);
    }

    @Test
    void unknownMetricsAndOtherFamiliesAreRefused() {
        assertThatThrownBy(() -> AccuracyCheck.run(new ZeroCostEstimator(), List.of(AccuracyCheck.REFERENCE), 10, 0, s -> { }))
                .hasMessageStartingWith("zero-cost has no metric 'cifar10/test@200' (valid: none/synflow@0");
        AccuracyEstimator other = new AccuracyEstimator() {
            public String id() {
                return "mbv3-table";
            }

            public String description() {
                return "";
            }

            public List<AccuracyMetric> metrics() {
                return List.of(AccuracyCheck.REFERENCE);
            }

            public List<String> families() {
                return List.of("mbv3");
            }

            public OptionalDouble estimate(Architecture arch, AccuracyMetric metric) {
                return OptionalDouble.empty();
            }
        };
        assertThatThrownBy(() -> AccuracyCheck.run(other, List.of(AccuracyCheck.REFERENCE), 10, 0, s -> { }))
                .hasMessage("mbv3-table does not handle NAS-Bench-201 cells (it handles: mbv3), so it cannot be checked against the NB201 table");
    }
}
