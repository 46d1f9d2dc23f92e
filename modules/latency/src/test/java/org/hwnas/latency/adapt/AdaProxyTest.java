package org.hwnas.latency.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.data.Nb201Encoding;
import org.hwnas.latency.metrics.Metrics;
import org.junit.jupiter.api.Test;

class AdaProxyTest {

    /** One-hot rows of n random cells. */
    static double[][] cells(int n, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = Nb201Encoding.oneHot(new Nb201Cell(r.nextInt(Nb201Cell.COUNT)));
        }
        return x;
    }

    /** A made-up additive proxy device: per (edge, op) costs in [0.5, 3), none free. */
    static double[] trueWeights(long seed) {
        Random r = new Random(seed);
        double[] w = new double[Nb201Encoding.ONE_HOT];
        for (int i = 0; i < 30; i++) {
            w[i] = i % 5 == 0 ? 0 : 0.5 + 2.5 * r.nextDouble();
        }
        w[30] = 4;
        return w;
    }

    static double[] apply(double[][] x, java.util.function.DoubleUnaryOperator f, double[] w) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += x[i][j] * w[j];
            }
            y[i] = f.applyAsDouble(s);
        }
        return y;
    }

    @Test
    void rescaledProxyIsRecoveredExactly() {
        double[] wTrue = trueWeights(1);
        double[][] proxyCells = cells(2000, 2);
        LinearProxyModel proxy = LinearProxyModel.fit(proxyCells, apply(proxyCells, v -> v, wTrue));
        double[][] fit = cells(20, 3);
        double[][] val = cells(5, 4);
        AdaProxyFit f = AdaProxy.adapt(proxy.w(), fit, apply(fit, v -> 3 * v + 1, wTrue), val, apply(val, v -> 3 * v + 1, wTrue));
        assertThat(f.a()).isCloseTo(3, within(1e-6));
        assertThat(f.c()).isCloseTo(1, within(1e-6));
        assertThat(Metrics.rmse(apply(fit, v -> 3 * v + 1, wTrue), f.predict(fit))).isLessThan(1e-6);
        double[][] unseen = cells(500, 5);
        assertThat(Metrics.rmse(apply(unseen, v -> 3 * v + 1, wTrue), f.predict(unseen))).isLessThan(1e-6);
    }

    @Test
    void crossValidatedPenaltyRecoversARescaledProxyFromAllSamples() {
        double[] wTrue = trueWeights(1);
        double[][] proxyCells = cells(2000, 2);
        LinearProxyModel proxy = LinearProxyModel.fit(proxyCells, apply(proxyCells, v -> v, wTrue));
        double[][] x = cells(25, 3);
        AdaProxyFit f = AdaProxy.adaptCrossValidated(proxy.w(), x, apply(x, v -> 3 * v + 1, wTrue), 5);
        assertThat(f.a()).isCloseTo(3, within(1e-6));
        assertThat(f.c()).isCloseTo(1, within(1e-6));
        double[][] unseen = cells(500, 5);
        assertThat(Metrics.rmse(apply(unseen, v -> 3 * v + 1, wTrue), f.predict(unseen))).isLessThan(1e-6);
    }

    @Test
    void foldsPartitionTheSamples() {
        int[] counts = new int[23];
        for (int f = 0; f < 4; f++) {
            int[] in = AdaProxy.foldRows(23, 4, f, true);
            int[] out = AdaProxy.foldRows(23, 4, f, false);
            assertThat(in.length + out.length).isEqualTo(23);
            for (int i : in) {
                counts[i]++;
            }
        }
        assertThat(counts).containsOnly(1);
        assertThatThrownBy(() -> AdaProxy.adaptCrossValidated(trueWeights(1), cells(12, 1), new double[12], 5))
                .hasMessage("cross-validation needs 2 to 4 folds for 12 samples, got 5");
    }

    /** Target = a monotone (exponential) transform of the proxy: ranks are the proxy's, and adaptation keeps them. */
    @Test
    void monotoneTransformOfTheProxyKeepsTheRanking() {
        double[] wTrue = trueWeights(7);
        double[][] proxyCells = cells(3000, 8);
        LinearProxyModel proxy = LinearProxyModel.fit(proxyCells, apply(proxyCells, v -> v, wTrue));
        java.util.function.DoubleUnaryOperator target = v -> Math.exp(v / 6);
        double[][] fit = cells(17, 9);
        double[][] val = cells(3, 10);
        AdaProxyFit f = AdaProxy.adapt(proxy.w(), fit, apply(fit, target, wTrue), val, apply(val, target, wTrue));
        double[][] unseen = cells(3000, 11);
        double[] truth = apply(unseen, target, wTrue);
        assertThat(Metrics.spearman(truth, f.predict(unseen))).isGreaterThan(0.99);
        // a linear model on the 20 target samples alone cannot do this
        double[][] all = new double[20][];
        System.arraycopy(fit, 0, all, 0, 17);
        System.arraycopy(val, 0, all, 17, 3);
        double[] yAll = apply(all, target, wTrue);
        assertThat(Metrics.spearman(truth, LinearProxyModel.fit(all, yAll).predict(unseen))).isLessThan(0.95);
    }

    @Test
    void penaltyAboveLambdaMaxLeavesTheProxyShape() {
        double[] wTrue = trueWeights(3);
        double[][] x = cells(30, 12);
        double[] y = apply(x, v -> Math.sqrt(v) * 2, trueWeights(4)); // a different device
        AdaProxySolver s = new AdaProxySolver(wTrue, x, y);
        double max = s.lambdaMax();
        assertThat(max).isPositive();
        assertThat(s.solve(max).b()).containsOnly(0.0);
        assertThat(s.solve(max * 2).b()).containsOnly(0.0);
        assertThat(norm(s.solve(max * 0.5).b())).isPositive();
    }

    /** The solution beats every nearby point and the b = 0 point on the exact (non-smooth) objective. */
    @Property(tries = 40)
    void solverMinimisesTheObjective(@ForAll @LongRange(min = 1, max = 1000) long seed,
                                     @ForAll @DoubleRange(min = 0.001, max = 0.99) @Scale(4) double fraction) {
        double[] w = trueWeights(seed);
        double[][] x = cells(25, seed + 1);
        double[] y = apply(x, v -> v * v / 10, trueWeights(seed + 2));
        AdaProxySolver s = new AdaProxySolver(w, x, y);
        double lambda = s.lambdaMax() * fraction;
        AdaProxyFit best = s.solve(lambda);
        double f0 = objective(best, x, y, lambda);
        Random r = new Random(seed);
        for (int k = 0; k < 20; k++) {
            double eps = 1e-3 * Math.pow(10, -r.nextInt(3));
            double[] b = best.b();
            for (int j = 0; j < b.length; j++) {
                b[j] += eps * r.nextGaussian();
            }
            AdaProxyFit moved = new AdaProxyFit(w, best.a() + eps * r.nextGaussian(), b, best.c() + eps * r.nextGaussian(), lambda);
            assertThat(objective(moved, x, y, lambda)).isGreaterThanOrEqualTo(f0 - 1e-9 * Math.abs(f0));
        }
        AdaProxyFit zero = s.solve(s.lambdaMax());
        assertThat(objective(new AdaProxyFit(w, zero.a(), zero.b(), zero.c(), lambda), x, y, lambda)).isGreaterThanOrEqualTo(f0 - 1e-9);
    }

    @Test
    void badInput() {
        double[] w = trueWeights(1);
        assertThatThrownBy(() -> new AdaProxySolver(w, cells(2, 1), new double[] {1, 2}))
                .hasMessage("proxy adaptation needs at least 3 samples, got 2");
        assertThatThrownBy(() -> new AdaProxySolver(new double[3], cells(5, 1), new double[] {1, 2, 3, 4, 5}))
                .hasMessage("the proxy model has 3 weights, samples have 31 features");
        double[][] x = cells(4, 1);
        assertThatThrownBy(() -> new AdaProxySolver(new double[31], x, new double[] {1, 2, 3, 4}))
                .hasMessageContaining("predicts the same latency for all 4 target samples");
        assertThatThrownBy(() -> new AdaProxySolver(w, x, new double[] {1, 2, Double.NaN, 4}))
                .hasMessageContaining("latency of sample 2 is not a finite number");
        assertThatThrownBy(() -> new AdaProxySolver(w, x, new double[] {1, 2, 3, 4}).solve(-1))
                .hasMessage("lambda must be a finite number >= 0, got -1.0");
    }

    static double objective(AdaProxyFit f, double[][] x, double[] y, double lambda) {
        double[] p = f.predict(x);
        double se = 0;
        for (int i = 0; i < y.length; i++) {
            se += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return se / y.length + lambda * norm(f.b());
    }

    static double norm(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
