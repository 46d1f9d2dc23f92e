package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.api.LevelCost;
import org.hwnas.cost.api.TensorCost;
import org.hwnas.cost.loopnest.LoopNestModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.mapping.Mapping;
import org.hwnas.model.mapping.io.MappingDocument;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the Timeloop reference outputs, evaluated from its given mapping with the loopnest
 * model: cycles, utilization and every level x tensor reads / fills / updates / utilized capacity /
 * utilized instances exactly, output partition sizes exactly, energy per level x tensor and in total
 * within 1 %.
 */
class TimeloopReferenceTest {

    static Path dir() {
        try {
            return Path.of(TimeloopReferenceTest.class.getResource("/timeloop").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** EXPECTED.md section -> our case mapping file. */
    static final Map<String, String> CASES = Map.ofEntries(
            Map.entry("example_designs/eyeriss_like/", "eyeriss_like"),
            Map.entry("example_designs/simple_output_stationary/", "simple_os"),
            Map.entry("tutorial/00-model-conv1d-1level/", "t00"),
            Map.entry("tutorial/01-model-conv1d-2level/ref-output/os/", "t01-os"),
            Map.entry("tutorial/01-model-conv1d-2level/ref-output/ws/", "t01-ws"),
            Map.entry("tutorial/02-model-conv1d+oc-2level/ref-output/no-tiling/", "t02-no-tiling"),
            Map.entry("tutorial/02-model-conv1d+oc-2level/ref-output/tiling/", "t02-tiling"),
            Map.entry("tutorial/03-model-conv1d+oc-3level/ref-output/bypass/", "t03-bypass"),
            Map.entry("tutorial/03-model-conv1d+oc-3level/ref-output/no-bypass/", "t03-no-bypass"),
            Map.entry("tutorial/04-model-conv1d+oc-3levelspatial/ref-output/cp/", "t04-cp"),
            Map.entry("tutorial/04-model-conv1d+oc-3levelspatial/ref-output/kp/", "t04-kp"),
            Map.entry("tutorial/05-mapper-conv1d+oc-3level/ref-output/baked/", "t05-baked"),
            Map.entry("tutorial/05-mapper-conv1d+oc-3level/ref-output/freebypass/", "t05-freebypass"),
            Map.entry("tutorial/05-mapper-conv1d+oc-3level/ref-output/null/", "t05-null"));

    static Stream<Arguments> cases() throws Exception {
        return ExpectedStats.parse(dir().resolve("EXPECTED.md")).values().stream()
                .map(e -> Arguments.of(caseOf(e.source()), e));
    }

    static String caseOf(String source) {
        return CASES.entrySet().stream().filter(x -> source.startsWith(x.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no case file for " + source));
    }

    @Test
    void everyReferenceCaseHasACaseFile() throws Exception {
        assertThat(ExpectedStats.parse(dir().resolve("EXPECTED.md"))).hasSize(14);
        assertThat(cases().count()).isEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesTimeloop(String name, ExpectedStats want) throws Exception {
        Path mapFile = dir().resolve("cases/" + name + ".hwmap.json");
        Mapping m = MappingDocument.read(mapFile);
        Accelerator a = AcceleratorDocument.read(mapFile.resolveSibling(m.accelerator()));
        CostReport r = new LoopNestModel().evaluate(a, m.bounds(), m);
        assertReproduces(r, want);
    }

    /** Asserts a report against one EXPECTED.md case: counts exactly, energy within 1 %. */
    static void assertReproduces(CostReport r, ExpectedStats want) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(r.macs()).as("computes").isEqualTo(want.computes());
        soft.assertThat(r.cycles()).as("cycles").isEqualTo(want.cycles());
        soft.assertThat(r.totalPes()).as("MAC instances").isEqualTo(want.macInstances());
        soft.assertThat(r.utilizedPes()).as("utilized MACs").isEqualTo(want.macUtilized());
        soft.assertThat(r.utilization() * 100).as("utilization %").isCloseTo(want.utilizationPercent(), within(0.005));
        soft.assertThat(r.macEnergyPj()).as("MAC energy").isCloseTo(want.macEnergyPj(), within(0.01));
        int rows = 0;
        for (ExpectedStats.Row row : want.rows()) {
            LevelCost level = r.level(row.level()).orElse(null);
            soft.assertThat(level).as("level %s", row.level()).isNotNull();
            if (level == null) {
                continue;
            }
            Tensor t = Tensor.valueOf(row.tensor().toUpperCase());
            TensorCost c = level.tensor(t).orElse(null);
            soft.assertThat(c).as("%s keeps %s", row.level(), t).isNotNull();
            if (c == null) {
                continue;
            }
            String at = row.level() + "/" + row.tensor();
            soft.assertThat(level.instances()).as(at + " instances").isEqualTo(row.instances());
            soft.assertThat(level.utilizedInstances()).as(at + " utilized instances").isEqualTo(row.utilizedInstances());
            soft.assertThat(c.tileWords()).as(at + " utilized capacity").isEqualTo(row.utilizedCapacity());
            soft.assertThat(c.reads()).as(at + " reads").isEqualTo(row.reads());
            soft.assertThat(c.fills()).as(at + " fills").isEqualTo(row.fills());
            soft.assertThat(c.updates()).as(at + " updates").isEqualTo(row.updates());
            if (t == Tensor.OUTPUTS) {
                soft.assertThat(c.partitionWords()).as(at + " partition").isEqualTo(row.partition());
            }
            soft.assertThat(c.energyPj()).as(at + " energy").isCloseTo(row.energyPj(), within(Math.max(0.01, row.energyPj() * 0.01)));
            rows++;
        }
        // every tensor we keep is a row of the reference (nothing extra)
        long ours = r.levels().stream().mapToLong(l -> l.tensors().size()).sum();
        soft.assertThat(ours).as("level x tensor rows").isEqualTo(rows);
        double wantTotal = want.totalFjPerCompute() * want.computes() / 1000.0;
        soft.assertThat(r.energyPj()).as("total energy pJ").isCloseTo(wantTotal, within(wantTotal * 0.01));
        soft.assertAll();
    }
}
