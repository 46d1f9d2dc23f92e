package org.hwnas.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.hwnas.cost.api.CostException;
import org.hwnas.cost.api.CostReport;
import org.hwnas.cost.systolic.SystolicModel;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.AcceleratorKind;
import org.hwnas.model.accel.ArrayAxis;
import org.hwnas.model.accel.Dataflow;
import org.hwnas.model.accel.EnergyTables;
import org.hwnas.model.accel.MemoryClass;
import org.hwnas.model.accel.MemoryLevel;
import org.hwnas.model.accel.PeArray;
import org.hwnas.model.workload.Dim;
import org.hwnas.model.workload.LoopBounds;
import org.hwnas.model.workload.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SCALE-Sim v2 runs shipped as references (9 layers x OS/WS/IS on 32x32 in CALC mode, plus the
 * repository's golden AlexNet conv1 WS run): cycles, utilization, mapping efficiency and SRAM reads /
 * writes per operand reproduced exactly by the systolic model.
 */
class ScaleSimReferenceTest {

    static Path dir() {
        try {
            return Path.of(ScaleSimReferenceTest.class.getResource("/scale-sim").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SCALE-Sim topology row as our loop bounds (no padding; R/S are filter width/height). */
    static LoopBounds layer(String[] c) {
        int h = Integer.parseInt(c[1].trim());
        int w = Integer.parseInt(c[2].trim());
        int fh = Integer.parseInt(c[3].trim());
        int fw = Integer.parseInt(c[4].trim());
        int ch = Integer.parseInt(c[5].trim());
        int k = Integer.parseInt(c[6].trim());
        int u = Integer.parseInt(c[7].trim());
        int e = (h - fh + u + u - 1) / u;
        int f = (w - fw + u + u - 1) / u;
        return new LoopBounds(1, 1, k, ch, f, e, fw, fh, u, u, 1, 1);
    }

    static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }

    static Accelerator array(int rows, int cols, Dataflow df) {
        return new Accelerator("sa" + rows + "x" + cols, AcceleratorKind.SPATIAL, "", new PeArray(List.of(
                new ArrayAxis("rows", rows, List.of(Dim.C)), new ArrayAxis("cols", cols, List.of(Dim.K)))),
                List.of(MemoryLevel.builder("sram", MemoryClass.SRAM).capacityWords(1 << 16).energy(4, 4, 4, 0).build(),
                        MemoryLevel.builder("DRAM", MemoryClass.DRAM).energy(100, 100, 100, 0).build()),
                df, 1000, 0.5, 16, EnergyTables.DEFAULT, null);
    }

    static Stream<Arguments> runs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String[]> topo = csv(dir().resolve("topologies/layers9.csv"));
        for (String df : List.of("os", "ws", "is")) {
            Path run = dir().resolve("generated/sa32x32_" + df + "_calcbw");
            List<String[]> compute = csv(run.resolve("COMPUTE_REPORT.csv"));
            List<String[]> access = csv(run.resolve("DETAILED_ACCESS_REPORT.csv"));
            for (int i = 0; i < topo.size(); i++) {
                out.add(Arguments.of(df + " " + topo.get(i)[0].trim(), dataflow(df), layer(topo.get(i)), compute.get(i), access.get(i)));
            }
        }
        Path golden = dir().resolve("repo-golden");
        out.add(Arguments.of("golden ws AlexNet conv1", Dataflow.WEIGHT_STATIONARY,
                layer(csv(dir().resolve("topologies/alexnet_part.csv")).get(0)),
                csv(golden.resolve("COMPUTE_REPORT.csv")).get(0), csv(golden.resolve("DETAILED_ACCESS_REPORT.csv")).get(0)));
        return out.stream();
    }

    static Dataflow dataflow(String df) {
        return switch (df) {
            case "os" -> Dataflow.OUTPUT_STATIONARY;
            case "ws" -> Dataflow.WEIGHT_STATIONARY;
            default -> Dataflow.INPUT_STATIONARY;
        };
    }

    @Test
    void allReferenceRunsAreCovered() throws IOException {
        assertThat(runs().count()).isEqualTo(28);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void reproducesScaleSim(String name, Dataflow df, LoopBounds layer, String[] compute, String[] access) throws CostException {
        CostReport r = new SystolicModel().evaluate(array(32, 32, df), layer, null);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(r.cycles()).as("cycles").isEqualTo(Long.parseLong(compute[1].trim()));
        soft.assertThat(r.utilization() * 100).as("overall util %").isCloseTo(Double.parseDouble(compute[3].trim()), within(1e-9));
        soft.assertThat(r.metrics().get("mapping_efficiency") * 100).as("mapping efficiency %")
                .isCloseTo(Double.parseDouble(compute[4].trim()), within(1e-9));
        soft.assertThat(r.level("sram").orElseThrow().tensor(Tensor.INPUTS).orElseThrow().reads()).as("ifmap SRAM reads")
                .isEqualTo(Long.parseLong(access[3].trim()));
        soft.assertThat(r.level("sram").orElseThrow().tensor(Tensor.WEIGHTS).orElseThrow().reads()).as("filter SRAM reads")
                .isEqualTo(Long.parseLong(access[6].trim()));
        soft.assertThat(r.level("sram").orElseThrow().tensor(Tensor.OUTPUTS).orElseThrow().updates()).as("ofmap SRAM writes")
                .isEqualTo(Long.parseLong(access[9].trim()));
        soft.assertAll();
    }

    @Test
    void groupedLayersRunGroupAfterGroup() throws CostException {
        LoopBounds dw = new LoopBounds(1, 32, 1, 1, 56, 56, 3, 3, 1, 1, 1, 1);
        LoopBounds one = new LoopBounds(1, 1, 1, 1, 56, 56, 3, 3, 1, 1, 1, 1);
        SystolicModel m = new SystolicModel();
        CostReport g = m.evaluate(array(32, 32, Dataflow.WEIGHT_STATIONARY), dw, null);
        CostReport s = m.evaluate(array(32, 32, Dataflow.WEIGHT_STATIONARY), one, null);
        assertThat(g.cycles()).isEqualTo(32 * s.cycles());
        assertThat(g.macs()).isEqualTo(32 * s.macs());
    }

    @Test
    void rowStationaryIsNotASystolicDataflow() {
        assertThat(new SystolicModel().supports(array(8, 8, Dataflow.ROW_STATIONARY))).isFalse();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(CostException.class,
                () -> new SystolicModel().evaluate(array(8, 8, Dataflow.ROW_STATIONARY), LoopBounds.linear(1, 4, 4), null))
                .getMessage()).contains("output-, weight- or input-stationary");
    }
}
