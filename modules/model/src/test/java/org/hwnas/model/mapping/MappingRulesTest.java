package org.hwnas.model.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MappingRulesTest {
    static final Path EXAMPLES = Path.of("../../examples");
    static Accelerator eyeriss;
    /** The Timeloop eyeriss_like default problem: C3 -> K32, 3x3, stride 2, 112x112 output. */
    static final LoopBounds LAYER = LoopBounds.conv(1, 32, 3, 112, 112, 3, 3, 2);

    @BeforeAll
    static void load() throws DocumentException {
        eyeriss = AcceleratorDocument.read(EXAMPLES.resolve("accelerators/eyeriss-like.hwacc.json"));
    }

    /** The Timeloop reference mapping of eyeriss_like (map.txt). */
    static Mapping reference() {
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        spatial.put("cols", List.of(Loop.of(Dim.Q, 14)));
        spatial.put("rows", List.of(Loop.of(Dim.C, 3), Loop.of(Dim.S, 3)));
        return new Mapping("conv", LAYER, List.of(
                LevelMapping.of("DRAM", Loop.of(Dim.P, 8), Loop.of(Dim.Q, 2), Loop.of(Dim.K, 4)),
                LevelMapping.of("shared_glb", Loop.of(Dim.P, 14), Loop.of(Dim.Q, 4)),
                LevelMapping.of("weights_spad", Loop.of(Dim.R, 3)),
                LevelMapping.of("psum_spad", Loop.of(Dim.K, 8))), spatial);
    }

    @Test
    void referenceMappingIsValidAndRowStationary() {
        Mapping m = reference();
        assertThat(MappingRules.check(m, eyeriss)).isEmpty();
        assertThat(m.spatialSize()).isEqualTo(126);
        assertThat(DataflowRule.violations(m, eyeriss)).isEmpty();
    }

    @Test
    void exampleMappingDocumentMatchesTheHandBuiltOne() throws DocumentException {
        Mapping m = MappingDocument.read(EXAMPLES.resolve("mappings/eyeriss-like-conv1.hwmap.json"));
        Mapping ref = reference();
        for (Dim d : Dim.values()) {
            assertThat(m.product(d)).isEqualTo(ref.product(d));
        }
        assertThat(m.spatial()).isEqualTo(ref.spatial());
        assertThat(m.level("weights_spad").orElseThrow().temporal()).isEqualTo(List.of(Loop.of(Dim.R, 3)));
        assertThat(MappingRules.check(m, eyeriss)).isEmpty();
    }

    @Test
    void mappingDocumentRoundTrips() throws DocumentException {
        Mapping m = MappingDocument.read(EXAMPLES.resolve("mappings/eyeriss-like-conv1.hwmap.json"));
        String text = MappingDocument.toText(m);
        Mapping back = MappingDocument.parse("again", text, eyeriss);
        assertThat(back).isEqualTo(m);
        assertThat(MappingDocument.toText(back)).isEqualTo(text);
    }

    @Test
    void factorsThatDoNotMultiplyToTheLayerNameTheDimension() {
        Mapping ref = reference();
        Mapping bad = new Mapping("conv", LAYER, List.of(
                LevelMapping.of("DRAM", Loop.of(Dim.P, 8), Loop.of(Dim.Q, 2), Loop.of(Dim.K, 2)),
                ref.levels().get(1), ref.levels().get(2), ref.levels().get(3)), ref.spatial());
        List<MappingRules.Violation> v = MappingRules.check(bad, eyeriss);
        assertThat(v).hasSize(1);
        assertThat(v.get(0).dim()).isEqualTo(Dim.K);
        assertThat(v.get(0).message()).contains("dimension K: factors multiply to 16 but the layer has K=32")
                .contains("DRAM K2").contains("psum_spad K8");
    }

    @Test
    void spatialFactorOverTheAxisNamesAxisAndDimension() {
        Mapping ref = reference();
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        spatial.put("cols", List.of(Loop.of(Dim.Q, 14)));
        spatial.put("rows", List.of(Loop.of(Dim.C, 3), Loop.of(Dim.S, 3), Loop.of(Dim.K, 2)));
        Mapping bad = new Mapping("conv", LAYER, List.of(
                ref.levels().get(0), ref.levels().get(1), ref.levels().get(2),
                LevelMapping.of("psum_spad", Loop.of(Dim.K, 4))), spatial);
        List<MappingRules.Violation> v = MappingRules.check(bad, eyeriss);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.level()).isEqualTo("rows");
            assertThat(x.message()).contains("need 18 PEs, the axis has 12");
        });
    }

    @Test
    void dimensionTheAxisCannotParallelizeIsRefused() {
        Mapping ref = reference();
        Map<String, List<Loop>> spatial = new LinkedHashMap<>();
        spatial.put("cols", List.of(Loop.of(Dim.P, 14)));
        spatial.put("rows", List.of(Loop.of(Dim.C, 3), Loop.of(Dim.S, 3)));
        Mapping bad = new Mapping("conv", LAYER, List.of(
                LevelMapping.of("DRAM", Loop.of(Dim.Q, 16), Loop.of(Dim.K, 4)),
                LevelMapping.of("shared_glb", Loop.of(Dim.P, 8), Loop.of(Dim.Q, 7)),
                ref.levels().get(2), ref.levels().get(3)), spatial);
        assertThat(MappingRules.check(bad, eyeriss)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("axis 'cols' cannot parallelize dimension P"));
    }

    @Test
    void bypassOverrideMustBeAllowedByTheArchitecture() {
        Mapping ref = reference();
        Mapping bad = new Mapping("conv", LAYER, List.of(
                ref.levels().get(0).keeping(Tensor.INPUTS, Tensor.OUTPUTS),
                ref.levels().get(1).keeping(Tensor.WEIGHTS, Tensor.INPUTS),
                ref.levels().get(2), ref.levels().get(3)), ref.spatial());
        List<String> messages = MappingRules.check(bad, eyeriss).stream().map(MappingRules.Violation::message).toList();
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'DRAM' is the outermost level and must keep every tensor; weights"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'shared_glb' cannot keep weights"));
        assertThat(messages).hasSize(2);
    }

    @Test
    void unknownLevelIsNamed() {
        Mapping ref = reference();
        Mapping bad = new Mapping("conv", LAYER, List.of(ref.levels().get(0), LevelMapping.of("glb", Loop.of(Dim.P, 14), Loop.of(Dim.Q, 4)),
                ref.levels().get(2), ref.levels().get(3)), ref.spatial());
        assertThat(MappingRules.check(bad, eyeriss)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("level 'glb' is not in accelerator 'eyeriss-like'"));
    }

    @Test
    void dataflowPresetsConstrainWhereOperandsStay() throws DocumentException {
        Accelerator small = AcceleratorDocument.read(Path.of("src/test/resources/accel/small.hwacc.json"));
        assertThat(small.dataflow()).isEqualTo(Dataflow.WEIGHT_STATIONARY);
        Mapping good = MappingDocument.read(Path.of("src/test/resources/accel/small-good.hwmap.json"));
        assertThat(DataflowRule.violations(good, small)).isEmpty();
        Mapping noWeights = new Mapping("l", good.bounds(), List.of(good.levels().get(0), good.levels().get(1),
                good.levels().get(2).keeping(Tensor.OUTPUTS)), good.spatial());
        assertThat(DataflowRule.violations(noWeights, small)).containsExactly("weight-stationary: weights must be kept in a per-PE level");
        // a row-stationary design needs R inside the PE
        Mapping ref = reference();
        Mapping rOutside = new Mapping("conv", LAYER, List.of(
                LevelMapping.of("DRAM", Loop.of(Dim.P, 8), Loop.of(Dim.Q, 2), Loop.of(Dim.K, 4)),
                LevelMapping.of("shared_glb", Loop.of(Dim.P, 14), Loop.of(Dim.Q, 4), Loop.of(Dim.R, 3)),
                LevelMapping.of("psum_spad", Loop.of(Dim.K, 8))), ref.spatial());
        assertThat(MappingRules.check(rOutside, eyeriss)).isEmpty();
        assertThat(DataflowRule.violations(rOutside, eyeriss)).containsExactly("row-stationary: the filter-row loop R must run inside the PE");
    }

    @Test
    void loopSyntax() {
        assertThat(Loop.parse("M8")).isEqualTo(Loop.of(Dim.K, 8));
        assertThat(Loop.parse(" q14 ")).isEqualTo(Loop.of(Dim.Q, 14));
        assertThat(Loop.of(Dim.P, 3)).hasToString("P3");
    }
}
