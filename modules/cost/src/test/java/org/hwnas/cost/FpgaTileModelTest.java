package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.fpga.FpgaTile;
import org.hwnas.cost.fpga.FpgaTileAnalysis;
import org.hwnas.cost.fpga.FpgaTileModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.FpgaResources;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The FNAS tile model on hand-computed layers, on the ZC706 example (900 DSPs, 4.2 GB/s, 150 MHz, 16 bit). */
class FpgaTileModelTest {
    static Accelerator zc706;
    static FpgaResources fpga;

    @BeforeAll
    static void load() throws Exception {
        zc706 = AcceleratorDocument.read(Path.of("../../examples/accelerators/zc706-fpga.hwacc.json"));
        fpga = zc706.fpgaResources().orElseThrow();
    }

    @Test
    void computeBoundTile() {
        // K64 C32, 14x14 output, 3x3, stride 1; DDR 4.2e9 / 150e6 = 28 B/cycle = 14 words/cycle
        LoopBounds b = LoopBounds.conv(1, 64, 32, 14, 14, 3, 3, 1);
        FpgaTileAnalysis x = FpgaTileAnalysis.of(b, new FpgaTile(32, 16, 7, 7), fpga, 150, 16);
        // load = (16*9*9 + 32*16*9) / 14 = (1296 + 4608) / 14 = 421.71; compute = 9*7*7 = 441
        assertThat(x.loadCycles()).isCloseTo(5904 / 14.0, within(1e-9));
        assertThat(x.computeCycles()).isEqualTo(441);
        // store = 32*49/14 = 112; lat2 = max(2 * 441, 112) = 882; tiles = 2*2*2 = 8 -> 7056
        assertThat(x.storeCycles()).isEqualTo(112);
        assertThat(x.cycles()).isEqualTo(7056);
        assertThat(x.bottleneck()).isEqualTo(FpgaTileAnalysis.Bottleneck.COMPUTE);
        assertThat(x.cycles() * 512).isEqualTo(b.macs()); // 512 MAC lanes fully busy
        assertThat(x.dsps()).isEqualTo(512);
        // BRAM: 2*1296 + 2*1568 + 4608 words, 2 bytes each
        assertThat(x.bramBytes()).isEqualTo((2 * 1296 + 2 * 1568 + 4608) * 2L);
        assertThat(x.ddrWeights()).isEqualTo(8 * 2 * 4608L);
        assertThat(x.ddrOutputs()).isEqualTo(b.outputCount());
    }

    @Test
    void loadBoundTileOfAFullyConnectedLayer() {
        // FC 4096 -> 1000: weights dominate; tile Tm32 Tn16 -> load 512/14 per step, compute 1
        LoopBounds fc = LoopBounds.linear(1, 1000, 4096);
        FpgaTileAnalysis x = FpgaTileAnalysis.of(fc, new FpgaTile(32, 16, 1, 1), fpga, 150, 16);
        assertThat(x.bottleneck()).isEqualTo(FpgaTileAnalysis.Bottleneck.LOAD);
        // lat1 = (16 + 512) / 14; C loop 256 steps; 32 output tiles (ceil(1000/32))
        assertThat(x.cycles()).isEqualTo((long) Math.ceil(32 * 256 * (528 / 14.0)));
    }

    @Test
    void storeBoundWhenTheReductionIsShort() {
        // 1x1 conv with C=4: the C loop is one short step, the output tile store dominates
        LoopBounds b = LoopBounds.conv(1, 64, 4, 28, 28, 1, 1, 1);
        FpgaTileAnalysis x = FpgaTileAnalysis.of(b, new FpgaTile(64, 4, 28, 28), fpga, 150, 16);
        // load = (4*784 + 256)/14 = 242.3, compute = 784, store = 64*784/14 = 3584
        assertThat(x.bottleneck()).isEqualTo(FpgaTileAnalysis.Bottleneck.STORE);
        assertThat(x.cycles()).isEqualTo(3584);
    }

    @Test
    void depthwiseUsesTheDconvTemplate() {
        LoopBounds dw = new LoopBounds(1, 32, 1, 1, 14, 14, 3, 3, 1, 1, 1, 1);
        FpgaTileAnalysis x = FpgaTileAnalysis.of(dw, new FpgaTile(32, 32, 14, 14), fpga, 150, 16);
        assertThat(x.depthwise()).isTrue();
        assertThat(x.dsps()).isEqualTo(32);
        // compute = 9 * 196 = 1764 per tile, one tile; load = (32*16*16 + 32*9)/14
        assertThat(x.computeCycles()).isEqualTo(1764);
        assertThat(x.cycles()).isEqualTo((long) Math.ceil(Math.max(1764, (32 * 256 + 288) / 14.0)));
    }

    @Test
    void modelPicksAFittingTileAndReportsTheBottleneck() throws CostException {
        LoopBounds b = LoopBounds.conv(1, 64, 32, 14, 14, 3, 3, 1);
        CostReport r = new FpgaTileModel().evaluate(zc706, b, null);
        assertThat(r.metrics().get("dsp_used")).isLessThanOrEqualTo(900);
        assertThat(r.cycles()).isLessThanOrEqualTo(7056); // at least as good as the hand tile above
        assertThat(r.cycles() * 900).isGreaterThanOrEqualTo(b.macs());
        assertThat(r.metrics().get("bottleneck_load") + r.metrics().get("bottleneck_compute")
                + r.metrics().get("bottleneck_store")).isEqualTo(1.0);
        assertThat(r.utilization()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void tileFromAMappingMustFitTheBoard() {
        LoopBounds b = LoopBounds.conv(1, 64, 32, 14, 14, 3, 3, 1);
        Mapping tooWide = new Mapping("l", b, List.of(
                LevelMapping.of("DDR", Loop.of(Dim.P, 2), Loop.of(Dim.Q, 2)),
                LevelMapping.of("BRAM", Loop.of(Dim.P, 7), Loop.of(Dim.Q, 7), Loop.of(Dim.R, 3), Loop.of(Dim.S, 3))),
                Map.of("m", List.of(Loop.of(Dim.K, 64)), "n", List.of(Loop.of(Dim.C, 32))));
        CostException e = catchThrowableOfType(CostException.class, () -> new FpgaTileModel().evaluate(zc706, b, tooWide));
        assertThat(e.getMessage()).isEqualTo("tile Tm64 Tn32 Tr7 Tc7 needs 2048 DSPs, the board has 900");
    }

    @Test
    void spatialDesignsAreRefused() throws Exception {
        Accelerator eyeriss = AcceleratorDocument.read(Path.of("../../examples/accelerators/eyeriss-like.hwacc.json"));
        assertThat(new FpgaTileModel().supports(eyeriss)).isFalse();
        assertThat(catchThrowableOfType(CostException.class,
                () -> new FpgaTileModel().evaluate(eyeriss, LoopBounds.linear(1, 2, 2), null)).getMessage())
                .contains("needs an FPGA design");
    }
}
