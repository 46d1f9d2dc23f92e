package org.hwnas.cli.latency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.cli.HwnasCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LatencyCommandsTest {
    static final String ARCH = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
    static final ObjectMapper JSON = new ObjectMapper();

    record Result(int rc, String out, String err) {
    }

    static Result run(String... args) {
        CommandLine cl = new CommandLine(new HwnasCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute(args);
        return new Result(rc, out.toString(), err.toString());
    }

    @Test
    void predictsEyerissExactlyWithTheLut() throws Exception {
        Result r = run("predict", "--model", "lut", "--device", "eyeriss", "--arch", ARCH, "--json");
        assertThat(r.rc()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.predict/1");
        assertThat(j.at("/predictions/0/arch").asText()).isEqualTo(ARCH);
        // the eyeriss model is additive, so the derived table reproduces the benchmark's value (arch_index 9930)
        assertThat(j.at("/predictions/0/latency_ms").asDouble()).isCloseTo(9.05234, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void predictsANetworkFromAPerLayerTable(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("tiny.hwnet.json");
        Files.writeString(net, """
                {"format": "network/1", "name": "tiny", "input": {"name": "image", "shape": [1, 3, 8, 8]},
                 "layers": [{"name": "c1", "kind": "conv2d", "out_channels": 4, "kernel": 3, "padding": 1},
                            {"name": "r1", "kind": "relu"}]}
                """);
        Path lut = dir.resolve("cpu.lut.csv");
        Files.writeString(lut, "device,operator,input,output,ms\ncpu,conv2d_k3x3_s1x1_p1x1_g1_bias,3x8x8,4x8x8,0.25\ncpu,relu,4x8x8,4x8x8,0.5\n");
        Result r = run("predict", "--model", "lut", "--lut", lut.toString(), "--device", "cpu", "--net", net.toString());
        assertThat(r.rc()).as(r.err()).isZero();
        assertThat(r.out()).contains("0.7500 ms  tiny");
    }

    @Test
    void latencyCheckPrintsHeldOutMetrics() throws Exception {
        Result r = run("latency-check", "--model", "proxy-adapted", "--device", "fpga", "--proxy", "raspi4", "--samples", "20", "--json");
        assertThat(r.rc()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.latency-check/1");
        assertThat(j.get("predictors")).hasSize(5);
        JsonNode raw = j.get("predictors").get(0);
        JsonNode adapted = j.get("predictors").get(4);
        assertThat(adapted.get("name").asText()).isEqualTo("AdaProxy, lambda by CV");
        assertThat(adapted.get("spearman").asDouble()).isGreaterThan(raw.get("spearman").asDouble());
        Result text = run("latency-check", "--model", "lut", "--device", "eyeriss");
        assertThat(text.out()).contains("fitted on: per-op costs by least squares on 1000 cells", "lut sum");
    }

    @Test
    void badInputIsOneLineAndExitOne() {
        Result unknownModel = run("predict", "--model", "nope", "--device", "raspi4", "--arch", ARCH);
        assertThat(unknownModel.rc()).isEqualTo(1);
        assertThat(unknownModel.err().strip()).startsWith("hwnas predict: unknown latency model 'nope' (valid: ").doesNotContain("\n");
        Result device = run("latency-check", "--model", "lut", "--device", "tpu9");
        assertThat(device.rc()).isEqualTo(1);
        assertThat(device.err()).startsWith("hwnas latency-check: unknown device 'tpu9'");
        Result samples = run("latency-check", "--model", "proxy-adapted", "--device", "fpga", "--samples", "4");
        assertThat(samples.err()).contains("needs at least 6 target samples");
        Result net = run("predict", "--model", "learned", "--device", "raspi4", "--net", "x.hwnet.json");
        assertThat(net.err()).contains("--net needs a model that estimates whole networks");
        Result both = run("predict", "--model", "lut", "--device", "raspi4");
        assertThat(both.rc()).isEqualTo(2);
        Result missingLut = run("predict", "--model", "lut", "--lut", "/no/such.csv", "--device", "cpu", "--arch", ARCH);
        assertThat(missingLut.err().strip()).isEqualTo("hwnas predict: /no/such.csv: no such file");
    }

    /** A user's own measurements: 200 cells of two devices, as a CSV. */
    static Path userTable(Path dir) throws Exception {
        org.hwnas.latency.data.LatencyDataset d = org.hwnas.latency.data.LatencyDataset.builtIn();
        StringBuilder b = new StringBuilder("arch_str,board_a_ms,board_b_ms\n");
        double[] a = d.values("eyeriss");
        double[] f = d.values("fpga");
        for (int r = 0; r < 200; r++) {
            int row = r * 61;
            b.append('"').append(d.cell(row).text()).append("\",").append(a[row]).append(',').append(f[row]).append('\n');
        }
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, b.toString());
        return file;
    }

    @Test
    void fitsOnTheUsersOwnTable(@TempDir Path dir) throws Exception {
        Path table = userTable(dir);
        Result check = run("latency-check", "--model", "lut", "--device", "board_a", "--data", table.toString(), "--json");
        assertThat(check.rc()).as(check.err()).isZero();
        JsonNode j = JSON.readTree(check.out());
        assertThat(j.at("/predictors/0/mape_pct").asDouble()).isLessThan(0.01); // eyeriss values: exactly additive
        Result adapt = run("latency-check", "--model", "proxy-adapted", "--device", "board_b", "--proxy", "board_a", "--samples", "20", "--data", table.toString());
        assertThat(adapt.rc()).as(adapt.err()).isZero();
        Result predict = run("predict", "--model", "learned", "--device", "board_b", "--data", table.toString(), "--arch", ARCH);
        assertThat(predict.rc()).as(predict.err()).isZero();
        assertThat(predict.out()).contains(" ms  " + ARCH);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "arch_str,board_a_ms\n\"" + ARCH + "\",NaN\n");
        Result r = run("latency-check", "--model", "lut", "--device", "board_a", "--data", bad.toString());
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("hwnas latency-check: " + bad + ":2: board_a_ms: latency must be a finite number > 0 ms, got 'NaN' (leave the field empty for 'not measured')");
        Result wrongModel = run("predict", "--model", "analytical", "--device", "x", "--data", table.toString(), "--arch", ARCH);
        assertThat(wrongModel.err().strip()).isEqualTo("hwnas predict: --data goes with the fitted models lut, learned, proxy-adapted, not analytical");
    }

    @Test
    void lutBuildProfilesThisMachineAndPredictSumsIt(@TempDir Path dir) throws Exception {
        Path lut = dir.resolve("cpu.lut.csv");
        String conv = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|nor_conv_3x3~0|nor_conv_3x3~1|nor_conv_3x3~2|";
        String skip = "|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|";
        Result build = run("lut-build", "--out", lut.toString(), "--arch", conv, "--arch", skip, "--runs", "3", "--name", "thisbox");
        assertThat(build.rc()).as(build.err()).isZero();
        assertThat(Files.readString(lut)).startsWith("# hwnas lut-build:").contains("\ndevice,operator,input,output,ms\nthisbox,");
        Result r = run("predict", "--model", "lut", "--lut", lut.toString(), "--device", "thisbox", "--arch", ARCH, "--arch", skip, "--json");
        assertThat(r.rc()).as(r.err()).isZero();
        JsonNode p = JSON.readTree(r.out()).get("predictions");
        assertThat(p.get(0).get("latency_ms").asDouble()).isGreaterThan(p.get(1).get("latency_ms").asDouble()).isPositive();
        Result pool = run("predict", "--model", "lut", "--lut", lut.toString(), "--device", "thisbox", "--arch",
                "|avg_pool_3x3~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|skip_connect~2|");
        assertThat(pool.rc()).isEqualTo(1);
        assertThat(pool.err()).startsWith("hwnas predict: the LUT has no entry for avg_pool_k3x3_s1x1_p1x1 16x32x32 -> 16x32x32 on thisbox");
    }

    @Test
    void monotonicityAndAdapt(@TempDir Path dir) throws Exception {
        Result m = run("monotonicity", "--devices", "raspi4,pixel3,eyeriss", "--json");
        assertThat(m.rc()).as(m.err()).isZero();
        JsonNode pairs = JSON.readTree(m.out()).get("pairs");
        assertThat(pairs).hasSize(3);
        assertThat(pairs.get(0).get("a").asText() + "-" + pairs.get(0).get("b").asText()).isEqualTo("raspi4-pixel3");
        assertThat(pairs.get(0).get("spearman").asDouble()).isBetween(0.966, 0.968);
        Result text = run("monotonicity", userTable(dir).toString());
        assertThat(text.out()).contains("board_a", "board_b", "1.000");
        Result unknown = run("monotonicity", "--devices", "raspi4,tpu9");
        assertThat(unknown.rc()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("hwnas monotonicity: nb201_help_latency.csv + nb201_hwnasbench_cifar10.csv has no device 'tpu9'");

        Result a = run("adapt", "--proxy", "pixel3", "--target", "fpga", "--samples", "70", "--json");
        assertThat(a.rc()).as(a.err()).isZero();
        JsonNode j = JSON.readTree(a.out());
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.adapt/1");
        assertThat(j.at("/predictors/3/spearman").asDouble()).isGreaterThan(0.98);
        Result few = run("adapt", "--proxy", "pixel3", "--target", "fpga", "--samples", "3");
        assertThat(few.rc()).isEqualTo(1);
        assertThat(few.err()).startsWith("hwnas adapt: proxy adaptation needs at least 6 target samples");
    }

    /** HSCoNAS calibration: measured networks that run at exactly 2x + 1 ms of the table give a = 2, b = 1. */
    @Test
    void calibrationFitsTheLinearCorrection(@TempDir Path dir) throws Exception {
        org.hwnas.latency.data.LatencyDataset d = org.hwnas.latency.data.LatencyDataset.builtIn();
        StringBuilder b = new StringBuilder("arch_str,eyeriss_ms\n");
        double[] eyeriss = d.values("eyeriss");
        for (int r = 0; r < 8; r++) {
            int row = 1000 + r * 997;
            b.append('"').append(d.cell(row).text()).append("\",").append(2 * eyeriss[row] + 1).append('\n');
        }
        Path file = dir.resolve("measured.csv");
        Files.writeString(file, b.toString());
        Result r = run("predict", "--model", "lut", "--device", "eyeriss", "--calibrate", file.toString(), "--arch", ARCH);
        assertThat(r.rc()).as(r.err()).isZero();
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "%10.4f ms", 2 * 9.05234 + 1), "correction: 2.0000 * sum +1.0000 ms");
        Result wrong = run("predict", "--model", "learned", "--device", "eyeriss", "--calibrate", file.toString(), "--arch", ARCH);
        assertThat(wrong.err().strip()).isEqualTo("hwnas predict: --calibrate goes with --model lut, not learned");
        Result other = run("predict", "--model", "lut", "--device", "fpga", "--calibrate", file.toString(), "--arch", ARCH);
        assertThat(other.err()).startsWith("hwnas predict: ").contains("has no device 'fpga'");
    }
}
