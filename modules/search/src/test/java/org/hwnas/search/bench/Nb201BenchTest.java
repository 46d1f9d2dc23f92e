package org.hwnas.search.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class Nb201BenchTest {

    @Test
    void theTrueFrontScoresOneAndRandomTrailsNsga2() {
        Nb201Landscape land = new Nb201Landscape("fpga");
        FrontQuality q = new FrontQuality(land);
        assertThat(q.hv90Ratio(land.front)).isCloseTo(1.0, within(1e-12));
        assertThat(q.recall(land.front)).isEqualTo(1.0);
        assertThat(q.igd(land.front)).isZero();
        assertThat(q.recall(land.candidates)).isEqualTo(1.0);
        assertThat(land.bestAccuracy).isCloseTo(94.37, within(0.005));

        List<Nb201Bench.Row> rows = Nb201Bench.run(List.of("fpga"), Nb201Bench.DEFAULT_CONFIGS, 3, new int[] {100, 500});
        Nb201Bench.Row random500 = rows.get(1);
        Nb201Bench.Row nsga500 = rows.get(5);
        assertThat(random500.engine()).isEqualTo("random");
        assertThat(nsga500.engine()).isEqualTo("nsga2");
        assertThat(nsga500.hv90().mean()).isGreaterThan(random500.hv90().mean()).isGreaterThanOrEqualTo(0.98);
        assertThat(nsga500.recall().mean()).isGreaterThanOrEqualTo(0.5);
        assertThat(nsga500.engineMsPerTrial()).isLessThan(1.0);
    }

    @Test
    void edgeDevicesWithMissingLatenciesAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Nb201Landscape("edgegpu"))
                .hasMessageContaining("edgegpu lacks latencies for some cells");
    }
}
