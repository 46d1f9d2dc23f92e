package org.hwnas.latency.measured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimingTest {

    @Test
    void medianAndQuartilesInterpolateLikeNumpy() {
        // 1..8 ms shuffled, plus one 100 ms outlier: numpy.percentile([1..8,100], [25,50,75]) = 3, 5, 7
        long[] nanos = {5_000_000, 100_000_000, 1_000_000, 7_000_000, 3_000_000, 2_000_000, 8_000_000, 4_000_000, 6_000_000};
        Timing t = Timing.ofNanos(nanos);
        assertThat(t.medianMs()).isCloseTo(5.0, within(1e-9));
        assertThat(t.q1Ms()).isCloseTo(3.0, within(1e-9));
        assertThat(t.q3Ms()).isCloseTo(7.0, within(1e-9));
        assertThat(t.iqrMs()).isCloseTo(4.0, within(1e-9));
        assertThat(t.minMs()).isCloseTo(1.0, within(1e-9));
        assertThat(t.runs()).isEqualTo(9);
    }

    @Test
    void evenCountsAverageTheMiddlePair() {
        Timing t = Timing.ofNanos(new long[] {4_000_000, 1_000_000, 2_000_000, 3_000_000});
        assertThat(t.medianMs()).isCloseTo(2.5, within(1e-9));
        assertThat(t.q1Ms()).isCloseTo(1.75, within(1e-9));
    }

    @Test
    void optionsRefuseNonsense() {
        assertThatThrownBy(() -> new ProfileOptions(-1, 10, true, "cpu", 1)).hasMessage("warm-up runs must be >= 0, got -1");
        assertThatThrownBy(() -> ProfileOptions.defaults().withRuns(0)).hasMessage("runs must be 1..100000, got 0");
        assertThatThrownBy(() -> ProfileOptions.defaults().withThreads(0)).hasMessage("threads must be 1..1024, got 0");
    }
}
