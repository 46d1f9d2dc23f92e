package org.hwnas.latency.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.check.CheckReport;
import org.hwnas.latency.check.LatencyCheck;
import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.metrics.ErrorMetrics;
import org.junit.jupiter.api.Test;

class Nb201LutFitTest {

    /** Every cell's latency is exactly skeleton 3 + per-op costs: the fit must give them back. */
    @Test
    void recoversAnAdditiveDevice() {
        double[] cost = {0, 0.2, 1.0, 2.5, 0.7}; // none, skip, conv1x1, conv3x3, pool
        List<Nb201Cell> cells = IntStream.range(0, 200).mapToObj(i -> new Nb201Cell(i * 78)).toList();
        double[] y = cells.stream().mapToDouble(c -> 3 + c.ops().stream().mapToDouble(o -> cost[o.ordinal()]).sum()).toArray();
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("synthetic", y);
        LatencyDataset data = new LatencyDataset("synthetic", cells, cols);
        Map<LutKey, Double> lut = Nb201LutFit.fit(data, "synthetic", IntStream.range(0, 20).toArray());
        assertThat(lut.get(Nb201LutKeys.SKELETON)).isCloseTo(3, within(1e-9));
        for (Nb201Op op : Nb201Op.values()) {
            assertThat(lut.get(Nb201LutKeys.op(op))).isCloseTo(cost[op.ordinal()], within(1e-9));
        }
    }

    @Test
    void tooFewOrTooAlikeNetworks() {
        LatencyDataset data = LatencyDataset.builtIn();
        assertThatThrownBy(() -> Nb201LutFit.fit(data, "raspi4", new int[] {1, 2, 3}))
                .hasMessage("deriving NB201 op costs needs at least 6 measured networks, got 3");
        // six copies of the same op mix: no way to separate the ops
        int[] same = IntStream.range(0, data.size()).filter(r -> data.cell(r).ops().stream().allMatch(o -> o == Nb201Op.NOR_CONV_3X3))
                .toArray();
        int[] rows = IntStream.concat(IntStream.of(same), IntStream.of(same)).limit(6).toArray();
        assertThatThrownBy(() -> Nb201LutFit.fit(data, "raspi4", Arrays.copyOf(rows, 6)))
                .hasMessageContaining("do not vary every op independently");
    }

    /** Measured thresholds (docs/latency.md): eyeriss and fpga are exactly additive, raspi4 is noisy. */
    @Test
    void heldOutErrorOnRealDevices() {
        LatencyDataset data = LatencyDataset.builtIn();
        ErrorMetrics eyeriss = only(LatencyCheck.run(data, "lut", "eyeriss", null, null, 1));
        assertThat(eyeriss.mapePct()).isLessThan(0.01);
        assertThat(eyeriss.spearman()).isGreaterThan(0.99);
        ErrorMetrics raspi4 = only(LatencyCheck.run(data, "lut", "raspi4", null, null, 1));
        assertThat(raspi4.spearman()).isGreaterThan(0.90);
        assertThat(raspi4.mapePct()).isLessThan(30);
        ErrorMetrics gpu = only(LatencyCheck.run(data, "lut", "2080ti_256", null, null, 1));
        assertThat(gpu.mapePct()).isLessThan(1);
    }

    @Test
    void registeredModelUsesTheDerivedTable() {
        LutModel m = new LutModel();
        Nb201Cell cell = Nb201Cell.parse(LutTest.CELL);
        assertThat(m.devices()).contains("raspi4", "edgegpu");
        double ms = m.latencyMs(cell, "eyeriss").orElseThrow();
        assertThat(ms).isCloseTo(LatencyDataset.builtIn().values("eyeriss")[LatencyDataset.builtIn().cells().indexOf(cell)], within(1e-6));
    }

    private static ErrorMetrics only(CheckReport r) {
        return r.predictors().values().iterator().next();
    }
}
