package org.hwnas.latency.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hwnas.latency.data.LatencyDataset;
import org.hwnas.latency.metrics.ErrorMetrics;
import org.junit.jupiter.api.Test;

class LatencyCheckTest {
    static final LatencyDataset DATA = LatencyDataset.builtIn();

    /** HSCoNAS's correction: a table from one GPU, rescaled with 10 networks of another (measured: 38.9% -> 2.9% MAPE). */
    @Test
    void correctionFixesTheScaleOfAnotherDevicesTable() {
        CheckReport r = LatencyCheck.run(DATA, "lut", "titan_rtx_1", "titanx_1", 10, 1);
        ErrorMetrics[] m = r.predictors().values().toArray(ErrorMetrics[]::new);
        assertThat(m[0].mapePct()).isGreaterThan(30);
        assertThat(m[1].mapePct()).isLessThan(4);
        assertThat(m[1].spearman()).isGreaterThan(0.97);
        assertThat(r.fittedOn()).contains("10 cells of titan_rtx_1");
    }

    @Test
    void proxyAdaptedReportsAllFivePredictors() {
        CheckReport r = LatencyCheck.run(DATA, "proxy-adapted", "fpga", "pixel3", 20, 1);
        assertThat(r.predictors()).containsOnlyKeys("proxy as is (pixel3)", "linear proxy model", "fit only on target samples",
                "AdaProxy, lambda by hold-out", "AdaProxy, lambda by CV");
        assertThat(r.fittedOn()).startsWith("proxy pixel3 on every cell; 20 target samples (seed 1): hold-out 17 + 3, CV 6 folds");
    }

    @Test
    void unknownModelOrDevice() {
        assertThatThrownBy(() -> LatencyCheck.run(DATA, "hwnasbench-table", "fpga", null, null, 1))
                .hasMessage("latency-check knows the fitted models lut, learned, proxy-adapted; not 'hwnasbench-table'");
        assertThatThrownBy(() -> LatencyCheck.run(DATA, "lut", "fpga9", null, null, 1)).hasMessageStartingWith("unknown device 'fpga9' (devices: 1080ti_1,");
        assertThatThrownBy(() -> LatencyCheck.run(DATA, "lut", "fpga", "nope", 10, 1)).hasMessageStartingWith("unknown device 'nope'");
        assertThatThrownBy(() -> LatencyCheck.run(DATA, "lut", "fpga", "eyeriss", 1, 1))
                .hasMessage("the linear correction needs at least 2 measured networks, got 1");
    }
}
