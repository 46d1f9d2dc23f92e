package org.hwnas.latency.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final double[] ACTUAL = {1, 2, 4, 8};
    private static final double[] PREDICTED = {2, 2, 3, 10};

    @Test
    void mapeAndRmseByHand() {
        // |2-1|/1 + 0 + |3-4|/4 + |10-8|/8 = 1 + 0 + 0.25 + 0.25 = 1.5; / 4 = 37.5 %
        assertThat(Metrics.mapePct(ACTUAL, PREDICTED)).isCloseTo(37.5, within(1e-12));
        // squared errors 1, 0, 1, 4 -> mean 1.5
        assertThat(Metrics.rmse(ACTUAL, PREDICTED)).isCloseTo(Math.sqrt(1.5), within(1e-12));
    }

    @Test
    void rankCorrelationsByHand() {
        // ranks of PREDICTED: 1.5, 1.5, 3, 4 (a tie); actual 1, 2, 3, 4.
        // Spearman = Pearson of ranks: d = (-1.5..) -> cov = sum((r-2.5)(s-2.5)) = (-1.5)(-1)+(-0.5)(-1)+(0.5)(0.5)+(1.5)(1.5) = 4.5
        // var(r) = 5, var(s) = 1+1+0.25+2.25 = 4.5 -> 4.5 / sqrt(5 * 4.5)
        assertThat(Metrics.spearman(ACTUAL, PREDICTED)).isCloseTo(4.5 / Math.sqrt(22.5), within(1e-12));
        // tau-b: 6 pairs, 5 concordant, 0 discordant, 1 tied in PREDICTED only: 5 / sqrt(6 * 5)
        assertThat(Metrics.kendall(ACTUAL, PREDICTED)).isCloseTo(5 / Math.sqrt(30), within(1e-12));
        assertThat(Metrics.spearman(ACTUAL, new double[] {4, 3, 2, 1})).isEqualTo(-1.0);
    }

    @Test
    void errorMetricsBundlesAll() {
        ErrorMetrics m = ErrorMetrics.of(ACTUAL, PREDICTED);
        assertThat(m.n()).isEqualTo(4);
        assertThat(m.mapePct()).isCloseTo(37.5, within(1e-12));
        assertThat(m.summary()).contains("MAPE 37.50%", "SRCC 0.9487", "(n=4)");
    }

    @Test
    void badInputGetsOneLineReasons() {
        assertThatThrownBy(() -> Metrics.rmse(ACTUAL, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot compare 4 measured with 3 predicted values");
        assertThatThrownBy(() -> Metrics.spearman(new double[] {1, 2}, new double[] {1, 2}))
                .hasMessage("need at least 3 rows to compare, got 2");
        assertThatThrownBy(() -> Metrics.rmse(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 3}))
                .hasMessageContaining("row 1 is not a finite number");
        assertThatThrownBy(() -> Metrics.mapePct(new double[] {1, 0, 3}, new double[] {1, 2, 3}))
                .hasMessageContaining("MAPE needs measured latencies > 0, row 1 has 0.0");
    }

    @Test
    void constantSideRanksNothing() {
        assertThat(Metrics.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isZero();
        assertThat(Metrics.kendall(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isZero();
    }

    @Property(tries = 200)
    void perfectPredictionIsPerfect(@ForAll @Size(min = 3, max = 30) double[] raw) {
        double[] a = java.util.Arrays.stream(raw).map(v -> 1 + Math.abs(v % 1000)).toArray();
        assertThat(Metrics.mapePct(a, a)).isZero();
        assertThat(Metrics.rmse(a, a)).isZero();
    }

    @Property(tries = 200)
    void ranksIgnoreMonotoneTransforms(@ForAll @Size(min = 3, max = 30) double[] raw,
                                       @ForAll @DoubleRange(min = 0.1, max = 10) double scale) {
        double[] a = java.util.Arrays.stream(raw).map(v -> Math.abs(v % 100)).toArray();
        double[] b = java.util.Arrays.stream(a).map(v -> Math.exp(v / 50) * scale).toArray();
        assertThat(Metrics.spearman(a, b)).isCloseTo(Metrics.spearman(a, a), within(1e-9));
        assertThat(Metrics.kendall(a, b)).isCloseTo(Metrics.kendall(a, a), within(1e-9));
    }
}
