package org.hwnas.latency.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.DataFileException;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.model.network.zoo.Nb201Op;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.TensorShape;
import org.junit.jupiter.api.Test;

class LutTest {
    static final String CELL = "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|";

    static LatencyLut handLut() {
        return LutCsv.parse("hand.csv", List.of(
                "# hand-made NB201 table",
                "device,operator,input,output,ms",
                "dev,nb201/skeleton,3x32x32,10x1x1,2.0",
                "dev,nb201/none,16x32x32,64x8x8,0",
                "dev,nb201/skip_connect,16x32x32,64x8x8,0.1",
                "dev,nb201/nor_conv_1x1,16x32x32,64x8x8,0.5",
                "dev,nb201/nor_conv_3x3,16x32x32,64x8x8,1.5",
                "dev,nb201/avg_pool_3x3,16x32x32,64x8x8,0.25"));
    }

    @Test
    void nb201SumByHand() {
        LutModel m = LutModel.of(handLut(), Map.of());
        // skeleton 2 + three 3x3 convs 4.5 + one pool 0.25 + two skips 0.2 = 6.95
        assertThat(m.latencyMs(Nb201Cell.parse(CELL), "dev").orElseThrow()).isCloseTo(6.95, within(1e-12));
        assertThat(Nb201LutKeys.of(Nb201Cell.parse(CELL))).hasSize(7).startsWith(Nb201LutKeys.SKELETON);
    }

    @Test
    void linearCorrectionByHand() {
        // points (1, 3), (2, 5), (3, 7) lie on 2x + 1
        LinearCorrection c = LinearCorrection.fit(new double[] {1, 2, 3}, new double[] {3, 5, 7});
        assertThat(c.a()).isCloseTo(2, within(1e-12));
        assertThat(c.b()).isCloseTo(1, within(1e-12));
        // least squares through (0, 0), (1, 2), (2, 1): slope 0.5, intercept 0.5
        LinearCorrection d = LinearCorrection.fit(new double[] {0, 1, 2}, new double[] {0, 2, 1});
        assertThat(d.a()).isCloseTo(0.5, within(1e-12));
        assertThat(d.b()).isCloseTo(0.5, within(1e-12));
        LutModel corrected = LutModel.of(handLut(), Map.of()).withCorrection("dev", c);
        assertThat(corrected.latencyMs(Nb201Cell.parse(CELL), "dev").orElseThrow()).isCloseTo(2 * 6.95 + 1, within(1e-12));
    }

    @Test
    void correctionNeedsDistinctNetworks() {
        assertThatThrownBy(() -> LinearCorrection.fit(new double[] {1}, new double[] {2}))
                .hasMessage("the linear correction needs at least 2 measured networks, got 1");
        assertThatThrownBy(() -> LinearCorrection.fit(new double[] {1, 1, 1}, new double[] {2, 3, 4}))
                .hasMessageContaining("all have the same LUT sum");
        assertThatThrownBy(() -> LinearCorrection.fit(new double[] {1, Double.NaN}, new double[] {2, 3}))
                .hasMessageContaining("must be finite");
    }

    @Test
    void repeatedProfilesTakeTheMedianAndTheTableRoundTrips() throws IOException {
        LatencyLut lut = LutCsv.parse("p.csv", List.of("device,operator,input,output,ms",
                "cpu,relu,16x8x8,16x8x8,1", "cpu,relu,16x8x8,16x8x8,9", "cpu,relu,16x8x8,16x8x8,2",
                "cpu,add2,16x8x8,16x8x8,4", "cpu,add2,16x8x8,16x8x8,6"));
        assertThat(lut.ms("cpu", new LutKey("relu", "16x8x8", "16x8x8"))).isEqualTo(2);
        assertThat(lut.ms("cpu", new LutKey("add2", "16x8x8", "16x8x8"))).isEqualTo(5);
        StringWriter w = new StringWriter();
        LutCsv.write(lut, w);
        assertThat(LutCsv.parse("again", w.toString().lines().toList()).entries("cpu")).isEqualTo(lut.entries("cpu"));
    }

    @Test
    void badLutFilesAndMissingEntries() {
        assertThatThrownBy(() -> LutCsv.parse("b.csv", List.of("dev,op,ms")))
                .isInstanceOf(DataFileException.class).hasMessage("b.csv:1: the header must be device,operator,input,output,ms, got dev,op,ms");
        assertThatThrownBy(() -> LutCsv.parse("b.csv", List.of("device,operator,input,output,ms", "d,relu,1x1x1,1x1x1,NaN")))
                .hasMessage("b.csv:2: ms: must be a finite number, got 'NaN'");
        assertThatThrownBy(() -> LutCsv.parse("b.csv", List.of("device,operator,input,output,ms", "d,relu,1x1x1,1x1x1")))
                .hasMessage("b.csv:2: expected 5 fields, got 4");
        assertThatThrownBy(() -> LutCsv.parse("b.csv", List.of())).hasMessageStartingWith("b.csv: empty LUT file");
        LutModel m = LutModel.of(handLut(), Map.of());
        assertThatThrownBy(() -> m.latencyMs(Nb201Cell.parse(CELL), "tpu")).hasMessage("the LUT has no device 'tpu' (devices: dev)");
    }

    @Test
    void perLayerTableSumsANetwork() {
        NetworkBuilder b = new NetworkBuilder("tiny", "image", TensorShape.of(1, 3, 8, 8));
        b.conv("c1", 4, 3, 1, 1);
        b.relu("r1");
        b.conv("c2", 4, 3, 1, 1);
        b.relu("r2");
        Network net = b.build();
        List<LutKey> keys = LayerLutKeys.of(net);
        assertThat(keys).containsExactly(
                new LutKey("conv2d_k3x3_s1x1_p1x1_g1", "3x8x8", "4x8x8"), new LutKey("relu", "4x8x8", "4x8x8"),
                new LutKey("conv2d_k3x3_s1x1_p1x1_g1", "4x8x8", "4x8x8"), new LutKey("relu", "4x8x8", "4x8x8"));
        LatencyLut lut = LutCsv.parse("l.csv", List.of("device,operator,input,output,ms",
                "cpu,conv2d_k3x3_s1x1_p1x1_g1,3x8x8,4x8x8,0.3", "cpu,conv2d_k3x3_s1x1_p1x1_g1,4x8x8,4x8x8,0.4",
                "cpu,relu,4x8x8,4x8x8,0.05"));
        LutModel m = LutModel.of(lut, Map.of("cpu", new LinearCorrection(2, 0.1)));
        // sum 0.3 + 0.05 + 0.4 + 0.05 = 0.8; corrected 2 * 0.8 + 0.1
        assertThat(m.latencyMs(net, "cpu").orElseThrow()).isCloseTo(1.7, within(1e-12));
        LatencyLut partial = LutCsv.parse("l.csv", List.of("device,operator,input,output,ms", "cpu,relu,4x8x8,4x8x8,0.05"));
        assertThatThrownBy(() -> LutModel.of(partial, Map.of()).latencyMs(net, "cpu"))
                .hasMessage("the LUT has no entry for conv2d_k3x3_s1x1_p1x1_g1 3x8x8 -> 4x8x8 on cpu (it has 1 entries for this device)");
    }

    @Test
    void nb201NetworkKeysCoverEveryLayer() {
        Network net = org.hwnas.model.network.zoo.Nb201.network(CELL);
        List<LutKey> keys = LayerLutKeys.of(net);
        assertThat(keys).hasSize(net.layers().size());
        assertThat(keys).contains(new LutKey("conv2d_k3x3_s2x2_p1x1_g1", "16x32x32", "32x16x16"),
                new LutKey("avg_pool_k3x3_s1x1_p1x1", "64x8x8", "64x8x8"), new LutKey("add3", "16x32x32", "16x32x32"));
        assertThat(Nb201LutKeys.op(Nb201Op.NONE).operator()).isEqualTo("nb201/none");
    }
}
