package org.hwnas.mappingui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.model.workload.LoopBounds;
import org.junit.jupiter.api.Test;

class NetworkLayerTableTest {

    private static NetworkLayerTable.Row row(int i, String name, long cycles, long compute, double slowdown) {
        LevelCost glb = new LevelCost("glb", 1, 1, List.of(), 0, slowdown);
        CostReport r = new CostReport("loopnest", 1000, compute, cycles, 10, 16, 1.0, List.of(glb), 2e6, java.util.Map.of());
        return new NetworkLayerTable.Row(i, name, LoopBounds.linear(1, 10, 100), null, r, Bound.of(r));
    }

    @Test
    void theCriticalBottleneckIsTheBoundWithTheMostCycles() {
        NetworkLayerTable t = new NetworkLayerTable(List.of(
                row(0, "conv1", 300, 100, 1.0 / 3), // bandwidth-bound on glb, 300 cycles
                row(1, "conv2", 250, 250, 1.0),     // compute-bound
                row(2, "fc, last", 200, 200, 1.0))); // compute-bound: compute has 450 cycles in all
        assertThat(t.rows().get(0).bound().label()).isEqualTo("bandwidth: glb (x3.00)");
        assertThat(t.criticalBound()).isEqualTo("compute");
        assertThat(t.rows()).extracting(t::critical).containsExactly(false, true, true);
        assertThat(t.totalCycles()).isEqualTo(750);
        assertThat(t.totalEnergyPj()).isEqualTo(6e6);
        assertThat(t.totalEdp()).isEqualTo(6e6 * 1e-12 * 750);
        String[] csv = t.toCsv().split("\n");
        assertThat(csv[0]).isEqualTo(NetworkLayerTable.CSV_HEADER);
        assertThat(csv[1]).isEqualTo("0,conv1,1,1,10,100,1,1,1,1,1000,300,2.00000e+06,0.000600000,0.208333,bandwidth: glb,false");
        assertThat(csv[3]).startsWith("2,\"fc, last\",");
    }
}
