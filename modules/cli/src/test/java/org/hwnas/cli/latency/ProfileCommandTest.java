package org.hwnas.cli.latency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.djl.DjlRuntime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProfileCommandTest {
    static final Path EXAMPLES = Path.of("../../examples/networks");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = new CommandLine(new org.hwnas.cli.HwnasCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void profilesTheExampleNb201NetworkAsJson() throws Exception {
        Run r = run("profile", EXAMPLES.resolve("nb201-cell.hwnet.json").toString(), "--runs", "5", "--warmup", "2", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.profile/1");
        assertThat(j.get("end_to_end").get("median_ms").asDouble()).isPositive();
        assertThat(j.get("end_to_end").get("runs").asInt()).isEqualTo(5);
        assertThat(j.get("layers").size()).isGreaterThan(100);
        assertThat(j.get("layers").get(0).get("name").asText()).isEqualTo("stem.conv");
        assertThat(j.get("layer_sum_ms").asDouble()).isPositive();
    }

    @Test
    void profilesAnArchStringAsText() {
        Run r = run("profile", "|skip_connect~0|+|none~0|skip_connect~1|+|none~0|none~1|skip_connect~2|", "--runs", "3", "--no-layers");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("nb201, input 1x3x32x32, on cpu() (PyTorch 2.7.1, 1 thread(s))")
                .contains("end to end: median ").doesNotContain("sum of layers");
    }

    @Test
    void appendsPerLayerRowsThatTheLutModelReads() throws Exception {
        Path lut = dir.resolve("cpu.csv");
        String arch = "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|none~0|none~1|avg_pool_3x3~2|";
        for (int i = 0; i < 2; i++) {
            Run r = run("profile", arch, "--runs", "3", "--warmup", "1", "--lut", lut.toString(), "--lut-device", "this-cpu");
            assertThat(r.code()).as(r.err()).isZero();
        }
        java.util.List<String> lines = Files.readAllLines(lut);
        int layers = org.hwnas.model.network.zoo.Nb201.network(arch).layers().size();
        assertThat(lines).hasSize(1 + 2 * layers);
        assertThat(lines.get(0)).isEqualTo("device,operator,input,output,ms");
        assertThat(lines.get(1)).startsWith("this-cpu,conv2d_k3x3_s1x1_p1x1_g1,3x32x32,16x32x32,");
        org.hwnas.latency.lut.LatencyLut table = org.hwnas.latency.lut.LutCsv.read(lut);
        assertThat(table.devices()).containsExactly("this-cpu");
        assertThat(table.sum("this-cpu", org.hwnas.latency.lut.LayerLutKeys.of(org.hwnas.model.network.zoo.Nb201.network(arch)))).isPositive();
        Run noLayers = run("profile", arch, "--no-layers", "--lut", lut.toString());
        assertThat(noLayers.err()).isEqualTo("hwnas profile: --lut needs the per-layer profile; drop --no-layers\n");
    }

    @Test
    void badInputGetsClearLines() throws Exception {
        Path bad = dir.resolve("bad.hwnet.json");
        Files.writeString(bad, "{\"format\": \"network/1\", \"name\": \"x\", \"input\": {\"shape\": [1, 3, 8, 8]}, \"layers\": "
                + "[{\"name\": \"c\", \"kind\": \"conv2d\", \"out_channels\": 4, \"kernel\": 0}]}");
        Run r = run("profile", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.hwnet.json:").contains("kernel").doesNotContain("Exception");
        Run arch = run("profile", "|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|");
        assertThat(arch.code()).isEqualTo(1);
        assertThat(arch.err()).startsWith("hwnas profile: invalid NAS-Bench-201 arch string").hasLineCount(1);
        Run missing = run("profile", dir.resolve("nope.hwnet.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.hwnet.json").hasLineCount(1);
        Assumptions.assumeFalse(DjlRuntime.device().isGpu(), "this machine has a GPU");
        Run gpu = run("profile", EXAMPLES.resolve("nb201-cell.hwnet.json").toString(), "--device", "gpu");
        assertThat(gpu.code()).isEqualTo(1);
        assertThat(gpu.err()).isEqualTo("hwnas profile: device 'gpu': DJL reports no GPU on this machine (the CPU build of libtorch is installed)\n");
    }
}
