package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostModels;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.cost.spi.CostModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.EnergyTables;
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.PeArray;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.LevelMapping;
import org.hwnas.model.mapping.Loop;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.Test;

/** Hand-computed loop-nest cases for what the Timeloop references do not exercise, and bad input. */
class LoopNestHandTest {
    final CostModel model = new LoopNestModel();

    /** 1-D array of {@code pes} PEs over {@code dims}; per-PE reg (W), global buffer (I, O), DRAM. */
    static Accelerator design(int pes, List<Dim> dims, long regWords, double dramReadBw, int buffering) {
        return new Accelerator("hand", AcceleratorKind.SPATIAL, "", new PeArray(List.of(new ArrayAxis("x", pes, dims))),
                List.of(MemoryLevel.builder("reg", MemoryClass.REGISTER).perPe().capacityWords(regWords)
                                .keeps(Tensor.WEIGHTS).multipleBuffering(buffering).energy(1, 1, 1, 0).build(),
                        MemoryLevel.builder("glb", MemoryClass.SRAM).capacityWords(1 << 16)
                                .keeps(Tensor.INPUTS, Tensor.OUTPUTS).energy(10, 10, 10, 0).build(),
                        MemoryLevel.builder("DRAM", MemoryClass.DRAM).bandwidth(dramReadBw, Double.POSITIVE_INFINITY)
                                .energy(100, 100, 100, 0).build()),
                Dataflow.FLEXIBLE, 1000, 1, 16, EnergyTables.DEFAULT, null);
    }

    static Mapping mapping(LoopBounds b, Map<String, List<Loop>> spatial, LevelMapping... levels) {
        return new Mapping("hand", b, List.of(levels), spatial);
    }

    static long count(CostReport r, String level, Tensor t, String what) {
        TensorCost c = r.level(level).orElseThrow().tensor(t).orElseThrow();
        return switch (what) {
            case "reads" -> c.reads();
            case "fills" -> c.fills();
            default -> c.updates();
        };
    }

    @Test
    void allModelsAreFoundThroughLookup() {
        assertThat(CostModels.all()).extracting(CostModel::id).containsExactly("fpga-tile", "loopnest", "systolic");
        assertThat(CostModels.byId("loopnest")).get().isInstanceOf(LoopNestModel.class);
    }

    @Test
    void exampleEyerissLikeDesignReproducesTheReferenceCountsAndCycles() throws Exception {
        Path examples = Path.of("../../examples");
        Accelerator a = AcceleratorDocument.read(examples.resolve("accelerators/eyeriss-like.hwacc.json"));
        Mapping m = MappingDocument.read(examples.resolve("mappings/eyeriss-like-conv1.hwmap.json"));
        CostReport r = model.evaluate(a, m.bounds(), m);
        assertThat(r.cycles()).isEqualTo(86_016);
        assertThat(r.utilization()).isEqualTo(0.75);
        assertThat(count(r, "DRAM", Tensor.INPUTS, "reads")).isEqualTo(157_296);
        assertThat(count(r, "DRAM", Tensor.WEIGHTS, "reads")).isEqualTo(13_824);
        assertThat(count(r, "shared_glb", Tensor.INPUTS, "reads")).isEqualTo(1_354_752);
        assertThat(count(r, "psum_spad", Tensor.OUTPUTS, "reads")).isEqualTo(57_344);
        assertThat(r.edp()).isEqualTo(r.energyPj() * 1e-12 * 86_016);
    }

    @Test
    void tpuLikeExampleIsWeightStationaryAndDramBound() throws Exception {
        Path examples = Path.of("../../examples");
        Accelerator a = AcceleratorDocument.read(examples.resolve("accelerators/tpu-like.hwacc.json"));
        Mapping m = MappingDocument.read(examples.resolve("mappings/tpu-like-resnet-3x3.hwmap.json"));
        CostReport r = model.evaluate(a, m.bounds(), m);
        assertThat(r.utilizedPes()).isEqualTo(64 * 3 * 64);
        assertThat(r.computeCycles()).isEqualTo(3 * 56 * 56);
        // every tensor crosses DRAM exactly once: weights stay in the PEs over P56 Q56 (R4)
        assertThat(count(r, "DRAM", Tensor.WEIGHTS, "reads")).isEqualTo(m.bounds().weightCount());
        assertThat(count(r, "DRAM", Tensor.INPUTS, "reads")).isEqualTo(m.bounds().inputCount());
        assertThat(count(r, "DRAM", Tensor.OUTPUTS, "updates")).isEqualTo(m.bounds().outputCount());
        assertThat(count(r, "weight_reg", Tensor.WEIGHTS, "reads")).isEqualTo(3);
        // 452,864 DRAM words at 42.8 words/cycle exceed the 9,408 compute cycles
        long words = m.bounds().weightCount() + m.bounds().inputCount() + m.bounds().outputCount();
        assertThat(r.cycles()).isEqualTo((long) Math.ceil(words / 42.8));
        assertThat(r.level("DRAM").orElseThrow().slowdown()).isLessThan(1);
    }

    @Test
    void bandwidthBoundLevelStretchesTheCycles() throws CostException {
        // K8 P4 R3 conv1d; 4 PEs over K; DRAM reads at most 0.25 words/cycle.
        LoopBounds b = new LoopBounds(1, 1, 8, 1, 4, 1, 3, 1, 1, 1, 1, 1);
        Map<String, List<Loop>> spatial = Map.of("x", List.of(Loop.of(Dim.K, 4)));
        Mapping m = mapping(b, spatial,
                LevelMapping.of("DRAM", Loop.of(Dim.K, 2)),
                LevelMapping.of("glb", Loop.of(Dim.P, 4)),
                LevelMapping.of("reg", Loop.of(Dim.R, 3)));
        CostReport free = model.evaluate(design(4, List.of(Dim.K), 8, Double.POSITIVE_INFINITY, 1), b, m);
        // compute cycles = K2 x P4 x R3 = 24
        assertThat(free.computeCycles()).isEqualTo(24);
        assertThat(free.cycles()).isEqualTo(24);
        // DRAM reads: weights = reg fills (tile R3, refills K2 after skipping P4) 6 per PE x 4 PEs = 24;
        // inputs = glb tile (P4 R3 -> 6 words), K2 above is irrelevant: fetched once; 30 words in 24 cycles
        assertThat(count(free, "DRAM", Tensor.WEIGHTS, "reads")).isEqualTo(24);
        assertThat(count(free, "DRAM", Tensor.INPUTS, "reads")).isEqualTo(6);
        CostReport slow = model.evaluate(design(4, List.of(Dim.K), 8, 0.25, 1), b, m);
        // 30 words at 0.25 words/cycle = 120 cycles; slowdown 24/120
        assertThat(slow.cycles()).isEqualTo(120);
        assertThat(slow.level("DRAM").orElseThrow().slowdown()).isEqualTo(0.25 * 24 / 30);
        assertThat(slow.utilization()).isEqualTo(96.0 / (120 * 4));
        assertThat(slow.computeCycles()).isEqualTo(24);
    }

    @Test
    void tileOverCapacityNamesTheLevelTensorAndDimensions() {
        LoopBounds b = new LoopBounds(1, 1, 8, 1, 4, 1, 3, 1, 1, 1, 1, 1);
        Mapping m = mapping(b, Map.of("x", List.of(Loop.of(Dim.K, 4))),
                LevelMapping.of("DRAM", Loop.of(Dim.P, 4)),
                LevelMapping.of("reg", Loop.of(Dim.K, 2), Loop.of(Dim.R, 3)));
        CostException e = catchThrowableOfType(CostException.class,
                () -> model.evaluate(design(4, List.of(Dim.K), 4, Double.POSITIVE_INFINITY, 1), b, m));
        assertThat(e.getMessage()).isEqualTo("level 'reg': tiles need 6 words but the level holds 4 words per instance: "
                + "weights 6 (K2 R3); move a factor of the listed dimensions to an outer level");
    }

    @Test
    void doubleBufferingHalvesTheUsableCapacity() throws CostException {
        LoopBounds b = new LoopBounds(1, 1, 8, 1, 4, 1, 3, 1, 1, 1, 1, 1);
        Mapping m = mapping(b, Map.of("x", List.of(Loop.of(Dim.K, 4))),
                LevelMapping.of("DRAM", Loop.of(Dim.P, 4)),
                LevelMapping.of("reg", Loop.of(Dim.K, 2), Loop.of(Dim.R, 3)));
        assertThat(model.evaluate(design(4, List.of(Dim.K), 6, Double.POSITIVE_INFINITY, 1), b, m).cycles()).isEqualTo(24);
        CostException e = catchThrowableOfType(CostException.class,
                () -> model.evaluate(design(4, List.of(Dim.K), 6, Double.POSITIVE_INFINITY, 2), b, m));
        assertThat(e.getMessage()).contains("tiles need 12 words x 2 buffers but the level holds 6 words");
    }

    @Test
    void invalidMappingIsAnErrorNamingLevelAndDimensionNotANumber() {
        LoopBounds b = new LoopBounds(1, 1, 8, 1, 4, 1, 3, 1, 1, 1, 1, 1);
        Mapping m = mapping(b, Map.of("x", List.of(Loop.of(Dim.K, 8))),
                LevelMapping.of("DRAM", Loop.of(Dim.P, 2)),
                LevelMapping.of("reg", Loop.of(Dim.R, 3)));
        CostException e = catchThrowableOfType(CostException.class,
                () -> model.evaluate(design(4, List.of(Dim.K), 8, Double.POSITIVE_INFINITY, 1), b, m));
        assertThat(e.reasons()).containsExactly(
                "dimension P: factors multiply to 2 but the layer has P=4 (DRAM P2)",
                "spatial axis 'x': factors K8 need 8 PEs, the axis has 4");
    }

    /**
     * Decision for the case no reference exercises (R4 for outputs): when the innermost loop of the nest
     * is spatial, the MAC accumulates in its own register over the innermost run of temporal loops that
     * do not change the output (C, R, S), so the buffer sees one update per run, as reads of operands
     * are credited by R4. With a temporal innermost loop every MAC writes its partial sum.
     */
    @Test
    void outputReductionDirectlyAboveTheMacsWhenTheInnermostLoopIsSpatial() throws CostException {
        LoopBounds b = new LoopBounds(1, 1, 4, 8, 1, 1, 1, 1, 1, 1, 1, 1); // K4 C8 (a 1x1 conv / FC)
        Accelerator a = design(4, List.of(Dim.K, Dim.C), 8, Double.POSITIVE_INFINITY, 1);
        // spatial K4 innermost, C8 temporal at the buffer: 32 MACs, 8 cycles
        Mapping kSpatial = mapping(b, Map.of("x", List.of(Loop.of(Dim.K, 4))), LevelMapping.of("glb", Loop.of(Dim.C, 8)));
        CostReport r = model.evaluate(a, b, kSpatial);
        assertThat(r.cycles()).isEqualTo(8);
        assertThat(count(r, "glb", Tensor.OUTPUTS, "updates")).isEqualTo(4); // C8 accumulated in the MAC
        assertThat(count(r, "glb", Tensor.OUTPUTS, "reads")).isZero();
        assertThat(count(r, "glb", Tensor.INPUTS, "reads")).isEqualTo(8); // multicast over K4 (R3)
        assertThat(count(r, "reg", Tensor.WEIGHTS, "reads")).isEqualTo(8); // C8 is relevant to weights
        // spatial C4 innermost (in-network reduction), K4 C2 temporal
        Mapping cSpatial = mapping(b, Map.of("x", List.of(Loop.of(Dim.C, 4))),
                LevelMapping.of("glb", Loop.of(Dim.K, 4), Loop.of(Dim.C, 2)));
        CostReport c = model.evaluate(a, b, cSpatial);
        assertThat(count(c, "glb", Tensor.OUTPUTS, "updates")).isEqualTo(4); // C4 reduced in the array, C2 in the MAC
        // temporal innermost: every MAC writes its partial sum
        Mapping temporal = mapping(b, Map.of("x", List.of(Loop.of(Dim.K, 4))),
                LevelMapping.of("glb", Loop.of(Dim.C, 4)), LevelMapping.of("reg", Loop.of(Dim.C, 2)));
        CostReport t = model.evaluate(a, b, temporal);
        assertThat(count(t, "glb", Tensor.OUTPUTS, "updates")).isEqualTo(32);
        assertThat(count(t, "glb", Tensor.OUTPUTS, "reads")).isEqualTo(28);
    }

    @Test
    void depthwiseConvolutionUsesTheGroupDimension() throws CostException {
        // 8 channels depthwise, 4x4 output, 3x3 filter: G8 K1 C1
        LoopBounds dw = new LoopBounds(1, 8, 1, 1, 4, 4, 3, 3, 1, 1, 1, 1);
        Accelerator a = design(8, List.of(Dim.G), 9, Double.POSITIVE_INFINITY, 1);
        Mapping m = mapping(dw, Map.of("x", List.of(Loop.of(Dim.G, 8))),
                LevelMapping.of("glb", Loop.of(Dim.Q, 4), Loop.of(Dim.P, 4)),
                LevelMapping.of("reg", Loop.of(Dim.S, 3), Loop.of(Dim.R, 3)));
        CostReport r = model.evaluate(a, dw, m);
        assertThat(r.macs()).isEqualTo(8 * 16 * 9);
        assertThat(r.cycles()).isEqualTo(16 * 9);
        // each PE keeps its own channel's 9 weights for the whole layer: compulsory weight traffic only
        assertThat(count(r, "DRAM", Tensor.WEIGHTS, "reads")).isEqualTo(dw.weightCount());
        // G is relevant to inputs: no multicast, every PE reads its own channel
        assertThat(count(r, "glb", Tensor.INPUTS, "reads")).isEqualTo(dw.macs());
        assertThat(count(r, "DRAM", Tensor.INPUTS, "reads")).isEqualTo(dw.inputCount());
        assertThat(count(r, "DRAM", Tensor.OUTPUTS, "updates")).isEqualTo(dw.outputCount());
        // the same layer as a dense K=1 conv over C=8 would reduce over C: different outputs, different reuse
        assertThat(r.level("glb").map(LevelCost::utilizedInstances)).contains(1);
    }

    @Test
    void energyIsChargedPerBlockAccess() throws CostException {
        // tutorial 03 rule E1: 18 DRAM reads with 32 words per access cost one access
        LoopBounds b = new LoopBounds(1, 1, 1, 1, 16, 1, 3, 1, 1, 1, 1, 1);
        Accelerator a = new Accelerator("blocks", AcceleratorKind.SPATIAL, "",
                new PeArray(List.of(new ArrayAxis("x", 1, List.of(Dim.K)))),
                List.of(MemoryLevel.builder("buf", MemoryClass.REGFILE).capacityWords(64).energy(1, 1, 1, 0).build(),
                        MemoryLevel.builder("DRAM", MemoryClass.DRAM).blockWords(32).energy(2048, 2048, 2048, 0).build()),
                Dataflow.FLEXIBLE, 1000, 0, 8, EnergyTables.DEFAULT, null);
        Map<String, List<Loop>> none = new LinkedHashMap<>();
        CostReport r = model.evaluate(a, b, mapping(b, none, LevelMapping.of("buf", Loop.of(Dim.P, 16), Loop.of(Dim.R, 3))));
        TensorCost in = r.level("DRAM").orElseThrow().tensor(Tensor.INPUTS).orElseThrow();
        assertThat(in.reads()).isEqualTo(18);
        assertThat(in.energyPj()).isEqualTo(2048);
    }
}
