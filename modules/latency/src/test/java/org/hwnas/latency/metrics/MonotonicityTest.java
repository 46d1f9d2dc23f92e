package org.hwnas.latency.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hwnas.latency.data.LatencyDataset;
import org.junit.jupiter.api.Test;

class MonotonicityTest {

    /** The figures data/README.md quotes for all 15,625 cells. */
    @Test
    void reproducesThePublishedDevicePairs() {
        Monotonicity m = Monotonicity.of(LatencyDataset.builtIn(), List.of("raspi4", "pixel3", "eyeriss", "fpga"));
        assertThat(m.srcc("raspi4", "pixel3")).isCloseTo(0.967, within(0.0005));
        assertThat(m.srcc("raspi4", "eyeriss")).isCloseTo(0.679, within(0.0005));
        assertThat(m.srcc("raspi4", "fpga")).isCloseTo(0.890, within(0.0005));
        assertThat(m.srcc("pixel3", "eyeriss")).isCloseTo(0.722, within(0.0005));
        assertThat(m.srcc("pixel3", "fpga")).isCloseTo(0.872, within(0.0005));
        assertThat(m.srcc("eyeriss", "fpga")).isCloseTo(0.753, within(0.0005));
        assertThat(m.srcc("fpga", "eyeriss")).isEqualTo(m.srcc("eyeriss", "fpga"));
        assertThat(m.srcc("fpga", "fpga")).isEqualTo(1.0);
        assertThat(m.cells()[0][1]).isEqualTo(15_625);
    }

    @Test
    void partlyMeasuredDevicesUseTheSharedCells() {
        Monotonicity m = Monotonicity.of(LatencyDataset.builtIn(), List.of("pixel3", "edgegpu", "edgetpu"));
        assertThat(m.cells()[0][1]).isEqualTo(1999);
        assertThat(m.cells()[1][2]).isEqualTo(1740);
        assertThatThrownBy(() -> Monotonicity.of(LatencyDataset.builtIn(), List.of("pixel3")))
                .hasMessage("monotonicity needs at least 2 devices, got 1");
        assertThatThrownBy(() -> m.srcc("pixel3", "raspi4")).hasMessageStartingWith("no device 'raspi4' in this matrix");
    }
}
