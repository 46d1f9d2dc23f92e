package org.hwnas.latency.hwnasbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.hwnas.arch.nb201.Nb201ArchIndex;
import org.hwnas.arch.nb201.Nb201Cell;
import org.hwnas.arch.nb201.Nb201Isomorphism;
import org.hwnas.latency.api.LatencyModels;
import org.hwnas.latency.spi.LatencyModel;
import org.junit.jupiter.api.Test;

class HwNasBenchTableModelTest {
    private final LatencyModel model = LatencyModels.byId("hwnasbench-table");
    private final HwNasBenchTableModel table = (HwNasBenchTableModel) model;

    /** The HW-NAS-Bench authors' printed values (example notebook) for archs 0-2 on CIFAR-10. */
    @Test
    void matchesTheAuthorsPrintedReferenceValues() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../../data/hwnasbench/hwnasbench_reference_values.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (!f[header.indexOf("dataset")].equals("cifar10")) {
                continue;
            }
            Nb201Cell cell = Nb201Cell.parse(f[1]);
            assertThat(cell.archIndex()).isEqualTo(Integer.parseInt(f[0]));
            for (String device : List.of("raspi4", "pixel3", "eyeriss", "fpga", "edgegpu", "edgetpu")) {
                double ref = Double.parseDouble(f[header.indexOf(device + "_latency")]);
                OptionalDouble ours = table.exactMs(cell, device);
                if (device.startsWith("edge") && ours.isEmpty()) {
                    continue; // edge devices cover ~2,000 archs only; arch 0 is not among them
                }
                assertThat(ours).as("arch %s on %s", f[0], device).isPresent();
                assertThat(ours.getAsDouble()).as("arch %s on %s", f[0], device).isCloseTo(ref, within(1e-9 * ref));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3 * 4 + 2); // of archs 0-2 only arch 1 has edge-device values
    }

    @Test
    void edgeDevicesAreUnavailableNotZeroWhereUnmeasured() {
        int gpu = 0;
        int tpu = 0;
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            Nb201Cell c = new Nb201Cell(code);
            gpu += table.exactMs(c, "edgegpu").isPresent() ? 1 : 0;
            tpu += table.exactMs(c, "edgetpu").isPresent() ? 1 : 0;
            assertThat(table.exactMs(c, "pixel3")).isPresent();
        }
        assertThat(gpu).isEqualTo(1999);
        assertThat(tpu).isEqualTo(1740);
        assertThat(table.exactMs(Nb201ArchIndex.cell(0), "edgegpu")).isEmpty();
    }

    @Test
    void isomorphicCellsShareTheRepresentativesValue() {
        for (int code = 0; code < Nb201Cell.COUNT; code += 7) {
            Nb201Cell c = new Nb201Cell(code);
            Nb201Cell rep = c.canonical();
            assertThat(model.latencyMs(c, "pixel3")).isEqualTo(table.exactMs(rep, "pixel3"));
            for (Nb201Cell m : Nb201Isomorphism.members(c)) {
                assertThat(model.latencyMs(m, "edgegpu")).isEqualTo(model.latencyMs(c, "edgegpu"));
            }
        }
    }

    /** Column mapping check against data/README: Spearman raspi4-pixel3 0.967, pixel3-eyeriss 0.722. */
    @Test
    void deviceRankCorrelationsMatchTheDataReadme() {
        assertThat(spearman("raspi4", "pixel3")).isCloseTo(0.967, within(0.0005));
        assertThat(spearman("pixel3", "eyeriss")).isCloseTo(0.722, within(0.0005));
        assertThat(spearman("eyeriss", "fpga")).isCloseTo(0.753, within(0.0005));
    }

    private double spearman(String a, String b) {
        double[] x = new double[Nb201Cell.COUNT];
        double[] y = new double[Nb201Cell.COUNT];
        for (int code = 0; code < Nb201Cell.COUNT; code++) {
            x[code] = table.exactMs(new Nb201Cell(code), a).orElseThrow();
            y[code] = table.exactMs(new Nb201Cell(code), b).orElseThrow();
        }
        return pearson(ranks(x), ranks(y));
    }

    private static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (p, q) -> Double.compare(v[p], v[q]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[idx[k]] = (i + j) / 2.0; // ties share the mean rank
            }
            i = j + 1;
        }
        return r;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void badInputGetsOneLineReasons() {
        assertThat(model.devices()).containsExactly("raspi4", "pixel3", "eyeriss", "fpga", "edgegpu", "edgetpu");
        assertThatThrownBy(() -> model.latencyMs(new Nb201Cell(1), "tpu-v4"))
                .hasMessage("hwnasbench-table has no device 'tpu-v4' (valid: raspi4, pixel3, eyeriss, fpga, edgegpu, edgetpu)");
        assertThatThrownBy(() -> LatencyModels.byId("no-such-model"))
                .hasMessageStartingWith("unknown latency model 'no-such-model' (valid: ").hasMessageContaining("hwnasbench-table");
    }
}
