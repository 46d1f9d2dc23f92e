package org.hwnas.mappingui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hwnas.cost.api.CostReport;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The view models on examples/mappings/eyeriss-like-conv1.hwmap.json, Timeloop's eyeriss_like default
 * problem; the figures are Timeloop's (cost module's EXPECTED.md, docs/cli.md): 86,016 cycles, 75 %
 * utilization, 126 of 168 PEs.
 */
class EyerissConv1Test {
    static final Path EXAMPLES = Path.of("../../examples");
    static Mapping mapping;
    static Accelerator accel;
    static MappingEvaluation eval;

    @BeforeAll
    static void load() throws Exception {
        mapping = MappingDocument.read(EXAMPLES.resolve("mappings/eyeriss-like-conv1.hwmap.json"));
        accel = AcceleratorDocument.read(EXAMPLES.resolve("accelerators/eyeriss-like.hwacc.json"));
        eval = MappingEvaluation.of(accel, mapping);
    }

    @Test
    void summaryIsTimeloops() {
        assertThat(eval.problems()).isEmpty();
        CostReport r = eval.report();
        assertThat(r.cycles()).isEqualTo(86_016);
        assertThat(r.macs()).isEqualTo(10_838_016L); // 32*3*112*112*3*3
        assertThat(r.utilizedPes()).isEqualTo(126);  // C3 S3 on rows x Q14 on cols
        assertThat(r.utilization()).isEqualTo(0.75);
        assertThat(Bound.of(r).computeBound()).isTrue();
        assertThat(Bound.of(r).label()).isEqualTo("compute");
    }

    @Test
    void accessTableEqualsTheCostModelsNumbers() {
        LevelBreakdown b = LevelBreakdown.of(eval.report());
        assertThat(b.levels()).containsExactly("DRAM", "shared_glb", "ifmap_spad", "weights_spad", "psum_spad");
        // psum_spad, outputs: 57,344 reads + 86,016 updates per instance, 126 instances (Timeloop's table)
        LevelBreakdown.Row psum = b.rows().stream().filter(x -> x.level().equals("psum_spad")).findFirst().orElseThrow();
        assertThat(psum.reads()).isEqualTo(57_344);
        assertThat(psum.updates()).isEqualTo(86_016);
        assertThat(psum.tileWords()).isEqualTo(8);
        assertThat(psum.instances()).isEqualTo(126);
        assertThat(b.accesses("psum_spad", Tensor.OUTPUTS)).isEqualTo((57_344L + 86_016L) * 126);
        // weights_spad: 86,016 reads and 1,536 fills per instance
        assertThat(b.accesses("weights_spad", Tensor.WEIGHTS)).isEqualTo((86_016L + 1_536L) * 126);
        // the global buffer bypasses weights: no row, zero in the chart
        assertThat(b.accesses("shared_glb", Tensor.WEIGHTS)).isZero();
        assertThat(b.accesses("shared_glb", Tensor.INPUTS)).isEqualTo(1_354_752L + 157_296L);
        assertThat(b.accesses("DRAM", Tensor.WEIGHTS)).isEqualTo(13_824);
        // DRAM inputs: 157,296 reads = 39,324 blocks of 4 words at the example's 512 pJ per block
        assertThat(b.energyPj("DRAM", Tensor.INPUTS)).isCloseTo(39_324 * 512.0, org.assertj.core.data.Offset.offset(1e-6));
        // the chart's stacks add up to the report's total energy
        double sum = b.macEnergyPj();
        for (String l : b.levels()) {
            sum += b.leakPj(l);
            for (Tensor t : Tensor.values()) {
                sum += b.energyPj(l, t);
            }
        }
        assertThat(sum).isCloseTo(eval.report().energyPj(), org.assertj.core.data.Offset.offset(1e-6 * sum));
    }

    @Test
    void loopListing() {
        String expected = String.join("\n",
                "DRAM [weights 864, inputs 151875, outputs 401408]",
                "-------------------------------------------------",
                "| for P in [0:8)",
                "|   for Q in [0:2)",
                "|     for K in [0:4)",
                "",
                "shared_glb [inputs 9831, outputs 6272]",
                "--------------------------------------",
                "|       for P in [0:14)",
                "|         for Q in [0:4)",
                "|           for Q in [0:14) (spatial cols)",
                "|             for C in [0:3) (spatial rows)",
                "|               for S in [0:3) (spatial rows)",
                "",
                "ifmap_spad [inputs 3]",
                "---------------------",
                "",
                "weights_spad [weights 24]",
                "-------------------------",
                "|                 for R in [0:3)",
                "",
                "psum_spad [outputs 8]",
                "---------------------",
                "|                   for K in [0:8)",
                "");
        assertThat(LoopListing.text(mapping, accel, eval.report())).isEqualTo(expected);
    }

    @Test
    void tilingBarsSplitEachBoundOverLevelsAndAxes() {
        List<TilingBars.Bar> bars = TilingBars.of(mapping, accel);
        assertThat(bars).extracting(b -> b.dim().name()).containsExactly("K", "C", "P", "Q", "R", "S");
        TilingBars.Bar q = bars.stream().filter(b -> b.dim().name().equals("Q")).findFirst().orElseThrow();
        assertThat(q.bound()).isEqualTo(112);
        assertThat(q.segments()).extracting(TilingBars.Segment::where).containsExactly("DRAM", "shared_glb", "spatial cols");
        assertThat(q.segments()).extracting(TilingBars.Segment::factor).containsExactly(2, 4, 14);
        assertThat(q.segments().stream().mapToDouble(TilingBars.Segment::fraction).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bars).allMatch(TilingBars.Bar::complete);
    }

    @Test
    void peArrayShowsActivePesAndWhatRowsAndColumnsHold() {
        PeArrayModel pe = PeArrayModel.of(mapping, accel, eval.report());
        assertThat(pe.rows()).isEqualTo(12);
        assertThat(pe.cols()).isEqualTo(14);
        assertThat(pe.activePes()).isEqualTo(126);
        assertThat(pe.active(8, 13)).isTrue();
        assertThat(pe.active(9, 0)).isFalse();
        assertThat(pe.rowLabel(4)).isEqualTo("C1 S1");
        assertThat(pe.rowLabel(10)).isEmpty();
        assertThat(pe.colLabel(13)).isEqualTo("Q13");
        // weights vary with C, S only: one per row, multicast along the columns
        assertThat(pe.distinct(Tensor.WEIGHTS)).isEqualTo(9);
        // outputs vary with Q only: the 9 rows reduce into one partial sum per column
        assertThat(pe.distinct(Tensor.OUTPUTS)).isEqualTo(14);
        // inputs: channel x input row 2q + s (stride 2): 3 x 29, shared along diagonals
        assertThat(pe.distinct(Tensor.INPUTS)).isEqualTo(87);
        assertThat(pe.shareKey(Tensor.INPUTS, 2, 1)).isEqualTo(pe.shareKey(Tensor.INPUTS, 0, 2)); // (q=1,s=0) & (q=0,s=2)
    }

    @Test
    void animationStepsShowReuseAndMoves() {
        PeArrayModel pe = PeArrayModel.of(mapping, accel, eval.report());
        assertThat(pe.window(48)).extracting(w -> w.level() + " " + w.loop()).containsExactly("weights_spad R3", "psum_spad K8");
        List<PeArrayModel.Step> steps = pe.steps(48);
        assertThat(steps).hasSize(24);
        assertThat(steps.get(0).moves()).extracting(PeArrayModel.Move::describe).containsExactly(
                "weights: DRAM -> weights_spad", "inputs: shared_glb -> ifmap_spad",
                "outputs: psum_spad -> shared_glb (partial sums out, next tile in)");
        // K advances inside psum_spad: a new weight and a new partial sum, the same input (reused)
        assertThat(steps.get(1).moves()).extracting(PeArrayModel.Move::describe).containsExactly(
                "weights: weights_spad -> MAC", "inputs: reused in ifmap_spad",
                "outputs: MAC -> psum_spad (partial sums out, next tile in)");
        // R advances (K wraps): the next input and weight reach the MAC
        assertThat(steps.get(8).indices()).containsExactly(1, 0);
        assertThat(steps.get(8).moved(Tensor.INPUTS)).isTrue();
        assertThat(steps.get(8).moves().get(1).describe()).isEqualTo("inputs: ifmap_spad -> MAC");
    }
}
