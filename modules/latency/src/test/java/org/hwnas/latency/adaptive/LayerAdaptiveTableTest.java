package org.hwnas.latency.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.latency.api.LatencyModels;
import org.hwnas.latency.measured.ProfileOptions;
import org.junit.jupiter.api.Test;

class LayerAdaptiveTableTest {

    /** A synthetic table: typical 3x3 conv, 10 ms end to end of which 1 ms per edge, 4 ms rest. */
    static LayerAdaptiveTable synthetic() {
        double[][] ssbn = new double[6][5];
        for (int e = 0; e < 6; e++) {
            ssbn[e][Nb201Op.NONE.ordinal()] = 9.0 - 0.1 * e;
            ssbn[e][Nb201Op.SKIP_CONNECT.ordinal()] = 9.05;
            ssbn[e][Nb201Op.NOR_CONV_1X1.ordinal()] = 9.5;
            ssbn[e][Nb201Op.NOR_CONV_3X3.ordinal()] = 10.0;
            ssbn[e][Nb201Op.AVG_POOL_3X3.ordinal()] = 9.3 + 0.01 * e;
        }
        return new LayerAdaptiveTable(Nb201Op.NOR_CONV_3X3, 10.0, new double[] {1, 1, 1, 1, 1, 1}, 4.0, ssbn);
    }

    @Test
    void theCorrectionReproducesEverySingleSubstitutionExactly() {
        LayerAdaptiveTable t = synthetic();
        Nb201Cell base = t.typicalCell();
        assertThat(t.estimateMs(base)).isCloseTo(10.0, within(1e-12));
        for (int e = 0; e < 6; e++) {
            for (Nb201Op op : Nb201Op.values()) {
                assertThat(t.estimateMs(base.with(e, op))).as(e + " " + op).isCloseTo(t.ssbnMs()[e][op.ordinal()], within(1e-12));
            }
        }
    }

    @Test
    void twoSubstitutionsAddTheirMeasuredDifferences() {
        LayerAdaptiveTable t = synthetic();
        Nb201Cell two = t.typicalCell().with(0, Nb201Op.NONE).with(5, Nb201Op.AVG_POOL_3X3);
        // lat[0][none] = 1 + (9.0 - 10) = 0; lat[5][pool] = 1 + (9.35 - 10) = 0.35; the rest 4 + 4 x 1
        assertThat(t.layerMs(0, Nb201Op.NONE)).isCloseTo(0.0, within(1e-12));
        assertThat(t.estimateMs(two)).isCloseTo(4 + 4 + 0 + 0.35, within(1e-12));
    }

    @Test
    void layersMapToTheirEdge() {
        assertThat(LayerAdaptiveProfiler.edgeOf("cells.0.edge1_0.conv")).isEqualTo(0);
        assertThat(LayerAdaptiveProfiler.edgeOf("cells.7.edge2_1.relu")).isEqualTo(2);
        assertThat(LayerAdaptiveProfiler.edgeOf("cells.16.edge3_2.avg_pool")).isEqualTo(5);
        assertThat(LayerAdaptiveProfiler.edgeOf("cells.5.conv_a.conv")).isEqualTo(-1);
        assertThat(LayerAdaptiveProfiler.edgeOf("cells.0.node3")).isEqualTo(-1);
    }

    @Test
    void aMeasuredTableReproducesItsBaseAndRanksConvAboveNone() {
        LayerAdaptiveTable t = LayerAdaptiveProfiler.build(Nb201Op.NOR_CONV_3X3, new ProfileOptions(2, 9, false, "cpu", 1)); // medians of 9: robust to load bursts
        assertThat(t.estimateMs(t.typicalCell())).isCloseTo(t.typicalMs(), within(1e-9));
        assertThat(t.restMs()).isPositive();
        assertThat(java.util.Arrays.stream(t.typicalLayerMs()).min().getAsDouble()).isPositive();
        Nb201Cell allNone = LayerAdaptiveTable.typicalCell(Nb201Op.NONE);
        assertThat(t.estimateMs(allNone)).isLessThan(t.typicalMs());
        assertThat(LatencyModels.byId("layer-adaptive").devices()).containsExactly("cpu", "gpu");
    }
}
