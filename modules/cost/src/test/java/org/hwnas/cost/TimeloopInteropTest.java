package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.cost.timeloop.TimeloopArchitecture;
import org.hwnas.cost.timeloop.TimeloopException;
import org.hwnas.cost.timeloop.TimeloopMapping;
import org.hwnas.cost.timeloop.TimeloopProblem;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.model.workload.LoopBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Users' own Timeloop files: every reference case read straight from its Timeloop architecture,
 * Accelergy ERT, problem and mapping YAML reproduces EXPECTED.md like the hand-converted cases; our
 * mappings written as Timeloop YAML read back to the same evaluation.
 */
class TimeloopInteropTest {
    static final Path REF = TimeloopReferenceTest.dir().resolve("reference");

    record Case(String name, String arch, String ert, String problem, String map, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        String t = "tutorial/";
        String t0 = t + "00-model-conv1d-1level/";
        String t1 = t + "01-model-conv1d-2level/";
        String t2 = t + "02-model-conv1d+oc-2level/";
        String t3 = t + "03-model-conv1d+oc-3level/";
        String t4 = t + "04-model-conv1d+oc-3levelspatial/";
        String t5 = t + "05-mapper-conv1d+oc-3level/";
        String ex = "example_designs/";
        String model = "/timeloop-model.ERT_summary.yaml";
        String mapper = "/timeloop-mapper.";
        List<Case> cases = new ArrayList<>(List.of(
                new Case("t00", t0 + "arch/1level.arch.yaml", t0 + "ref-output" + model, t0 + "prob/conv1d.prob.yaml",
                        t0 + "map/conv1d-1level.map.yaml", t0),
                new Case("t01-os", t1 + "arch/2level.arch.yaml", t1 + "ref-output/os" + model, t1 + "prob/conv1d.prob.yaml",
                        t1 + "map/conv1d-2level-os.map.yaml", t1 + "ref-output/os/"),
                new Case("t01-ws", t1 + "arch/2level.arch.yaml", t1 + "ref-output/ws" + model, t1 + "prob/conv1d.prob.yaml",
                        t1 + "map/conv1d-2level-ws.map.yaml", t1 + "ref-output/ws/"),
                new Case("t02-no-tiling", t2 + "arch/2level.arch.yaml", t2 + "ref-output/no-tiling" + model,
                        t2 + "prob/conv1d+oc.prob.yaml", t2 + "map/conv1d+oc-2level-os.map.yaml", t2 + "ref-output/no-tiling/"),
                new Case("t02-tiling", t2 + "arch/2level.arch.yaml", t2 + "ref-output/tiling" + model,
                        t2 + "prob/conv1d+oc.prob.yaml", t2 + "map/conv1d+oc-2level-os-tiled.map.yaml", t2 + "ref-output/tiling/"),
                new Case("t03-bypass", t3 + "arch/3level.arch.yaml", t3 + "ref-output/bypass" + model,
                        t3 + "prob/conv1d+oc.prob.yaml", t3 + "map/conv1d+oc-3level-bypass.map.yaml", t3 + "ref-output/bypass/"),
                new Case("t03-no-bypass", t3 + "arch/3level.arch.yaml", t3 + "ref-output/no-bypass" + model,
                        t3 + "prob/conv1d+oc.prob.yaml", t3 + "map/conv1d+oc-3level.map.yaml", t3 + "ref-output/no-bypass/"),
                // tutorial 04's reference ran with the global buffer below the fan-out: read the flattened architecture
                new Case("t04-cp", t4 + "ref-output/cp/timeloop-model.flattened_architecture.yaml", t4 + "ref-output/cp" + model,
                        t4 + "prob/conv1d+oc+ic.prob.yaml", t4 + "map/conv1d+oc+ic-3levelspatial-cp-ws.map.yaml", t4 + "ref-output/cp/"),
                new Case("t04-kp", t4 + "ref-output/kp/timeloop-model.flattened_architecture.yaml", t4 + "ref-output/kp" + model,
                        t4 + "prob/conv1d+oc+ic.prob.yaml", t4 + "map/conv1d+oc+ic-3levelspatial-kp-ws.map.yaml", t4 + "ref-output/kp/"),
                new Case("eyeriss_like", ex + "eyeriss_like/arch.yaml", ex + "eyeriss_like/ref_outputs/default_problem" + mapper
                        + "ERT_summary.yaml", ex + "_include/default_problem.yaml",
                        ex + "eyeriss_like/ref_outputs/default_problem" + mapper + "map.yaml", ex + "eyeriss_like/"),
                new Case("simple_os", ex + "simple_output_stationary/arch.yaml", ex + "simple_output_stationary/ref_outputs/"
                        + "default_problem" + mapper + "ERT_summary.yaml", ex + "_include/default_problem.yaml",
                        ex + "simple_output_stationary/ref_outputs/default_problem" + mapper + "map.yaml",
                        ex + "simple_output_stationary/")));
        for (String run : List.of("baked", "freebypass", "null")) {
            cases.add(new Case("t05-" + run, t5 + "arch/3level.arch.yaml", t5 + "ref-output/" + run + mapper + "ERT_summary.yaml",
                    t5 + "prob/conv1d+oc.prob.yaml", t5 + "ref-output/" + run + mapper + "map.yaml", t5 + "ref-output/" + run + "/"));
        }
        return cases.stream().map(c -> Arguments.of(c));
    }

    @Test
    void everyReferenceCaseIsReadFromTimeloopFiles() {
        assertThat(cases().count()).isEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void timeloopFilesReproduceTheReference(Case c) throws Exception {
        Accelerator a = TimeloopArchitecture.read(REF.resolve(c.arch()), REF.resolve(c.ert()));
        LoopBounds layer = TimeloopProblem.read(REF.resolve(c.problem()));
        Mapping m = TimeloopMapping.read(REF.resolve(c.map()), a, layer);
        CostReport r = new LoopNestModel().evaluate(a, layer, m);
        Map<String, ExpectedStats> all = ExpectedStats.parse(TimeloopReferenceTest.dir().resolve("EXPECTED.md"));
        ExpectedStats want = all.values().stream().filter(e -> e.source().startsWith(c.expected())).findFirst().orElseThrow();
        TimeloopReferenceTest.assertReproduces(r, want);
    }

    @Test
    void eyerissArchitectureReadsAsTheHandConvertedOne() throws Exception {
        Accelerator read = TimeloopArchitecture.read(REF.resolve("example_designs/eyeriss_like/arch.yaml"),
                REF.resolve("example_designs/eyeriss_like/ref_outputs/default_problem/timeloop-mapper.ERT_summary.yaml"));
        Accelerator hand = AcceleratorDocument.read(TimeloopReferenceTest.dir().resolve("cases/eyeriss_like.hwacc.json"));
        assertThat(read.levels()).isEqualTo(hand.levels());
        assertThat(read.array().shape()).isEqualTo("12x14");
        assertThat(read.macEnergyPj()).isEqualTo(hand.macEnergyPj());
        assertThat(TimeloopProblem.read(REF.resolve("example_designs/_include/default_problem.yaml")))
                .isEqualTo(LoopBounds.conv(1, 32, 3, 112, 112, 3, 3, 2));
    }

    @Test
    void ourMappingWrittenAsTimeloopYamlReadsBackToTheSameEvaluation(@TempDir Path dir) throws Exception {
        Path examples = Path.of("../../examples");
        Accelerator a = AcceleratorDocument.read(examples.resolve("accelerators/eyeriss-like.hwacc.json"));
        Mapping m = MappingDocument.read(examples.resolve("mappings/eyeriss-like-conv1.hwmap.json"));
        String yaml = TimeloopMapping.toYaml(a, m);
        assertThat(yaml).contains("target: shared_glb\n    type: spatial\n    factors: C3 M1 R1 S3 N1 P1 Q14 G1\n    permutation: QCS")
                .contains("split: 1").contains("target: psum_spad\n    type: temporal\n    factors: C1 M8 R1 S1 N1 P1 Q1 G1");
        Path file = dir.resolve("eyeriss.map.yaml");
        Files.writeString(file, yaml);
        Mapping back = TimeloopMapping.read(file, a, m.bounds());
        LoopNestModel model = new LoopNestModel();
        assertThat(model.evaluate(a, m.bounds(), back)).isEqualTo(model.evaluate(a, m.bounds(), m));
        for (var d : org.hwnas.model.workload.Dim.values()) {
            assertThat(back.product(d)).isEqualTo(m.product(d));
        }
    }

    @Test
    void badTimeloopInputIsOneClearLine(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("bad.map.yaml");
        Files.writeString(map, "mapping:\n  - target: shared_glb\n    type: temporal\n    factors: P14 X4\n");
        Accelerator a = TimeloopArchitecture.read(REF.resolve("example_designs/eyeriss_like/arch.yaml"), null);
        TimeloopException e = catchThrowableOfType(TimeloopException.class,
                () -> TimeloopMapping.read(map, a, LoopBounds.conv(1, 32, 3, 112, 112, 3, 3, 2)));
        assertThat(e.getMessage()).isEqualTo(map + ": mapping[0].factors: unknown loop dimension 'X' (valid: N, G, K, C, P, Q, R, S)");
        Files.writeString(map, "mapping: [ {target: x\n");
        assertThat(catchThrowableOfType(TimeloopException.class, () -> TimeloopMapping.read(map, a, null)).getMessage())
                .startsWith(map + ": not valid YAML");
    }
}
