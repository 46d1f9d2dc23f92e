package org.hwnas.search.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hwnas.arch.accel.AcceleratorPoint;
import org.hwnas.arch.accel.FpgaTileDesign;
import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.arch.mbv2.MbNetArch;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.workload.Dim;
import org.hwnas.search.space.accel.AcceleratorSpace;
import org.hwnas.search.space.fpga.FpgaTileSpace;
import org.hwnas.search.space.mbv2.MbNetSpace;
import org.junit.jupiter.api.Test;

/** Decoded candidates are real networks and designs with the figures they should have. */
class DecodedCandidatesTest {
    private static final FpgaTileSpace ZC706 = TestSpaces.zc706();

    @Test
    void mobileNetV2ItselfIsInTheDefaultSpaceWithItsPublishedTotals() {
        MbNetSpace s = MbNetSpace.defaults();
        MbNetArch v2 = (MbNetArch) s.parse("w1.0|k3e6,k3e6|k3e6,k3e6,k3e6|k3e6,k3e6,k3e6,k3e6|k3e6,k3e6,k3e6|k3e6,k3e6,k3e6|k3e6");
        NetworkAnalysis a = NetworkAnalysis.of(((MbNetArch) s.decode(s.encode(v2))).network());
        assertThat(a.totalMacs()).isEqualTo(300_774_272L);
        assertThat(a.totalParams()).isEqualTo(3_504_872L);
    }

    @Test
    void allMaxCandidateIsALargerMobileNet() {
        MbNetSpace s = MbNetSpace.defaults();
        int[] g = new int[s.dimensions()];
        for (int i = 0; i < g.length; i++) {
            g[i] = s.cardinality(i) - 1; // width 1.4, depth 4 everywhere, k7e6 blocks
        }
        MbNetArch max = (MbNetArch) s.decode(g);
        assertThat(max.text()).startsWith("w1.4|k7e6,k7e6,k7e6,k7e6|");
        NetworkAnalysis a = NetworkAnalysis.of(max.network());
        // depth 4 everywhere adds 1+1+0+1+1 blocks over MobileNetV2 (1.4: 585 M MACs) and 7x7 depthwise
        // kernels add 40/9 of the depthwise MACs; a larger, still MobileNet-sized network
        assertThat(a.totalMacs()).isBetween(700_000_000L, 1_300_000_000L);
        assertThat(a.totalParams()).isBetween(7_000_000L, 14_000_000L);
    }

    @Test
    void acceleratorPointsKeepThePesAndTheOnChipBytes() {
        AcceleratorSpace s = TestSpaces.eyeriss();
        Random rng = new Random(5);
        for (int i = 0; i < 200; i++) {
            AcceleratorPoint p = (AcceleratorPoint) s.sample(rng);
            Accelerator a = p.accelerator();
            assertThat(a.totalPes()).isEqualTo(168);
            long perPe = 0;
            long shared = 0;
            for (int l = 0; l < a.levels().size() - 1; l++) {
                MemoryLevel m = a.levels().get(l);
                long b = m.capacity().bytes(m.wordBits());
                if (l < a.fanoutIndex()) {
                    perPe += b;
                } else {
                    shared += b;
                }
            }
            assertThat(perPe * 168 + shared).isBetween(197_952L - 8, 197_952L);
            assertThat(a.array().axes().get(0).parallelDims()).containsExactly(p.rowDim());
            assertThat(p.rowDim()).isNotEqualTo(p.colDim());
        }
    }

    @Test
    void theBaseSizingIsAPointWithTheBasesEnergies() {
        AcceleratorSpace s = TestSpaces.eyeriss();
        AcceleratorPoint p = (AcceleratorPoint) s.parse("12x14 rows:C cols:K psum_spad:48B weights_spad:448B ifmap_spad:24B "
                + "shared_glb:110592B bw:16");
        Accelerator a = p.accelerator();
        Accelerator base = TestSpaces.design("eyeriss-like");
        for (int l = 0; l < a.levels().size(); l++) {
            assertThat(a.levels().get(l).capacity().bytes(16)).isEqualTo(base.levels().get(l).capacity().bytes(16));
            assertThat(a.levels().get(l).energy().readPj()).isCloseTo(base.levels().get(l).energy().readPj(), within(1e-9));
        }
        assertThat(a.array().axis("rows").orElseThrow().parallelDims()).containsExactly(Dim.C);
        // doubling the weight scratchpad takes 224 x 168 bytes from the global buffer, energy up by sqrt 2
        AcceleratorPoint q = (AcceleratorPoint) s.parse("12x14 rows:C cols:K psum_spad:48B weights_spad:896B ifmap_spad:24B "
                + "shared_glb:35328B bw:16");
        assertThat(q.accelerator().levels().get(1).energy().readPj())
                .isCloseTo(base.levels().get(1).energy().readPj() * Math.sqrt(2), within(1e-9));
        assertThatThrownBy(() -> s.parse("12x14 rows:C cols:K psum_spad:48B weights_spad:896B ifmap_spad:24B shared_glb:1B bw:16"))
                .hasMessageContaining("outside this space");
        assertThatThrownBy(() -> s.parse("12x14 rows:C cols:C psum_spad:48B weights_spad:448B ifmap_spad:24B shared_glb:110592B bw:16"))
                .hasMessageContaining("outside this space");
        assertThatThrownBy(() -> s.parse("big")).hasMessageContaining("not an accelerator design point");
    }

    @Test
    void aBudgetTooSmallForTheLargestScratchpadsIsRefused() {
        Accelerator base = TestSpaces.design("eyeriss-like");
        assertThatThrownBy(() -> new AcceleratorSpace(base, 168, 2, List.of(Dim.K, Dim.C), List.of(1.0, 4.0), List.of(1.0), 197_952))
                .hasMessageContaining("leaving too little for shared_glb");
        assertThatThrownBy(() -> new AcceleratorSpace(base, 167, 2, List.of(Dim.K, Dim.C), List.of(1.0), List.of(1.0), 197_952))
                .hasMessageContaining("no rows x cols array has 167 PEs");
    }

    @Property(tries = 200)
    void fpgaTilesFitTheBoard(@ForAll long seed) {
        FpgaTileSpace s = ZC706;
        Random rng = new Random(seed);
        int[] g = new int[s.dimensions()];
        for (int i = 0; i < g.length; i++) {
            g[i] = rng.nextInt(s.cardinality(i));
        }
        FpgaTileDesign d = (FpgaTileDesign) s.decode(g);
        assertThat(d.lanes()).isLessThanOrEqualTo(900);
        assertThat(16 * d.portWords()).isLessThanOrEqualTo(224);
        long bram = (2L * d.tn() * (d.tr() + 4) * (d.tc() + 4) + 2L * d.tm() * d.tr() * d.tc() + 25L * d.lanes()) * 2;
        assertThat(bram).isLessThanOrEqualTo(2_387_500L);
        // the design's DDR channel is the three ports: words x 2 bytes x 150 MHz
        assertThat(d.accelerator().fpgaResources().orElseThrow().offchipGBps()).isCloseTo(d.portWords() * 2 * 0.15, within(1e-9));
    }

    @Test
    void fpgaTextOutsideTheSpaceSaysWhy() {
        FpgaTileSpace s = ZC706;
        assertThat(s.parse("Tm32 Tn16 Tr14 Tc14 Ip4 Wp4 Op4").text()).isEqualTo("Tm32 Tn16 Tr14 Tc14 Ip4 Wp4 Op4");
        assertThatThrownBy(() -> s.parse("Tm128 Tn128 Tr14 Tc14 Ip4 Wp4 Op4")).hasMessageContaining("DSPs");
        assertThatThrownBy(() -> s.parse("Tm32 Tn16 Tr14 Tc14 Ip16 Wp4 Op4")).hasMessageContaining("bits per cycle");
        assertThatThrownBy(() -> s.parse("Tm33 Tn16 Tr14 Tc14 Ip4 Wp4 Op4")).hasMessageContaining("Tm 33 is not in this space's list");
        assertThatThrownBy(() -> s.parse("Tm32 Tn16")).hasMessageContaining("expected Tm");
    }

    @Test
    void mobileNetTextOutsideTheSpaceSaysWhy() {
        MbNetSpace s = TestSpaces.smallMbv2();
        assertThatThrownBy(() -> s.parse("w1.0|k5e6|k3e6|k3e6|k3e6|k3e6|k3e6")).hasMessageContaining("block k5e6 is outside");
        assertThatThrownBy(() -> s.parse("w1.0|k3e6,k3e6,k3e6|k3e6|k3e6|k3e6|k3e6|k3e6")).hasMessageContaining("allows 1..2");
        assertThatThrownBy(() -> s.parse("w0.5|k3e6|k3e6|k3e6|k3e6|k3e6|k3e6")).hasMessageContaining("width 0.5");
        assertThat(new MbNetArch(1.0, MbNetArch.mobilenetV2(1.0, MbMacro.IMAGENET).stages(), MbMacro.IMAGENET).depth(2)).isEqualTo(4);
    }
}
