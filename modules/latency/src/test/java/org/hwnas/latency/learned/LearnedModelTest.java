package org.hwnas.latency.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.latency.check.LatencyCheck;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.metrics.ErrorMetrics;
import org.junit.jupiter.api.Test;

/** Thresholds measured on the shipped tables (docs/latency.md: raspi4 SRCC 0.974, eyeriss exact); about a second per device. */
class LearnedModelTest {

    @Test
    void thousandCellsOfEyerissPredictTheRest() {
        ErrorMetrics m = LatencyCheck.run(LatencyDataset.builtIn(), "learned", "eyeriss", null, null, 1).predictors().get("learned");
        assertThat(m.n()).isEqualTo(Nb201Cell.COUNT - 341 - 1000);
        assertThat(m.spearman()).isGreaterThan(0.99);
        assertThat(m.mapePct()).isLessThan(0.1);
    }

    @Test
    void noisyPhoneStillRanksWell() {
        ErrorMetrics m = LatencyCheck.run(LatencyDataset.builtIn(), "learned", "raspi4", null, null, 1).predictors().get("learned");
        assertThat(m.spearman()).isGreaterThan(0.965);
        assertThat(m.mapePct()).isLessThan(13);
    }

    @Test
    void trainingIsSeededAndWeightsPredictWithoutTheEngine() {
        LatencyDataset d = LatencyDataset.builtIn();
        int[] rows = java.util.stream.IntStream.range(0, 200).map(i -> i * 70).filter(r -> !d.cell(r).outputDisconnected()).toArray();
        MlpTrainer quick = new MlpTrainer(new int[] {16}, 20, 64, 3e-3f);
        LearnedPredictor a = LearnedModel.train(d, "fpga", rows, quick, 5);
        LearnedPredictor b = LearnedModel.train(d, "fpga", rows, quick, 5);
        double[] x = org.hwnas.latency.data.Nb201Encoding.rawAndLive(d.cell(3));
        assertThat(a.predict(x)).isEqualTo(b.predict(x)).isPositive();
        assertThatThrownBy(() -> a.predict(new double[3])).hasMessage("the learned model takes 60 features, got 3");
    }

    /** An exactly additive device: the linear part is exact and the residual MLP must not spoil it. */
    @Test
    void residualNetworkLeavesAnAdditiveDeviceAlone() {
        double[] cost = {0, 0.2, 1.0, 2.5, 0.7};
        java.util.Random r = new java.util.Random(3);
        double[][] x = new double[300][];
        double[] y = new double[300];
        for (int i = 0; i < x.length; i++) {
            Nb201Cell c = new Nb201Cell(r.nextInt(Nb201Cell.COUNT));
            x[i] = org.hwnas.latency.data.Nb201Encoding.rawAndLive(c);
            y[i] = 3 + c.ops().stream().mapToDouble(o -> cost[o.ordinal()]).sum();
        }
        LearnedPredictor p = LearnedPredictor.fit(x, y, MlpTrainer.DEFAULT, 1);
        for (int i = 0; i < 20; i++) {
            Nb201Cell c = new Nb201Cell(r.nextInt(Nb201Cell.COUNT));
            double truth = 3 + c.ops().stream().mapToDouble(o -> cost[o.ordinal()]).sum();
            assertThat(p.predict(org.hwnas.latency.data.Nb201Encoding.rawAndLive(c))).isCloseTo(truth, org.assertj.core.api.Assertions.within(0.05));
        }
    }

    @Test
    void badTrainingData() {
        MlpTrainer t = MlpTrainer.DEFAULT;
        assertThatThrownBy(() -> t.train(new double[5][60], new double[5], 1)).hasMessage("the learned model needs at least 10 measured archs, got 5");
        assertThatThrownBy(() -> LearnedPredictor.fit(new double[5][60], new double[5], t, 1)).hasMessage("the learned model needs at least 10 measured archs, got 5");
        double[] y = new double[10];
        java.util.Arrays.fill(y, 1);
        y[4] = -1;
        assertThatThrownBy(() -> LearnedPredictor.fit(new double[10][60], y, t, 1)).hasMessage("training row 4: latency must be a finite number > 0 ms, got -1.0");
        y[4] = Double.NaN;
        assertThatThrownBy(() -> t.train(new double[10][60], y, 1)).hasMessage("training row 4: target must be a finite number, got NaN");
        assertThatThrownBy(() -> new LearnedModel().predictor("pixel9")).hasMessageStartingWith("learned has no device 'pixel9'");
    }
}
