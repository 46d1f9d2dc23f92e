package org.hwnas.cli.methods;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.cli.CliRunner;
import org.hwnas.methods.spaceprofile.LayerwiseSpace;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodsCommandsTest {
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** An example study with a smaller budget, its relative design path made absolute. */
    private Path example(String name, int trials) throws Exception {
        String text = Files.readString(EXAMPLES.resolve("studies").resolve(name))
                .replaceAll("\"trials\": \\d+", "\"trials\": " + trials)
                .replace("../accelerators/", EXAMPLES.resolve("accelerators") + "/");
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void fnasExampleRunsWithSearchAndMeetsTheSpec() throws Exception {
        CliRunner r = CliRunner.run("search", example("fnas-nb201-zc706.hwsearch.json", 40).toString(), "--json", "--progress", "none");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("trials").asInt()).isEqualTo(40);
        assertThat(j.path("failed").asInt()).isZero();
        // every trial meets the 1.5 ms spec, so the study's constraint lat_ms <= 1.5 never marks one infeasible
        assertThat(j.path("infeasible").asInt()).isZero();
        CliRunner resumed = CliRunner.run("search", dir.resolve("fnas-nb201-zc706.hwsearch.json").toString(), "--resume", "--progress", "none");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    }

    @Test
    void hsconasExampleRunsWithSearch() throws Exception {
        CliRunner r = CliRunner.run("search", example("hsconas-mbv2-zc706.hwsearch.json", 48).toString(), "--progress", "none");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("48 trials");
    }

    @Test
    void methodsBenchPrintsTheFnasFigures() {
        CliRunner r = CliRunner.run("methods-bench", "--only", "fnas", "--fnas-trials", "40", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"schema\" : \"hwnas.methods-bench/1\"").contains("\"share_meeting_spec\" : 1.0");
        CliRunner h = CliRunner.run("methods-bench", "--only", "hsconas", "--hsconas-trials", "48");
        assertThat(h.exitCode()).as(h.err()).isZero();
        assertThat(h.out()).contains("space size per round").contains("hsconas").contains("rea");
    }

    @Test
    void spaceProfileWritesAStudyTheReaderAccepts() throws Exception {
        Path out = dir.resolve("tuned.hwsearch.json");
        CliRunner r = CliRunner.run("space-profile", "--out", out.toString(), "--families", "nor_conv_1x1,nor_conv_3x3",
                "--cells", "1", "--channels", "4", "--runs", "2", "--warmup", "1", "--k", "4", "--compare", "16", "--seeds", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("schema").asText()).isEqualTo("hwnas.space-profile/1");
        assertThat(j.path("ssbns")).hasSize(50);
        assertThat(j.path("compare").path("tuned").path("best_accuracy").asDouble()).isPositive();
        Study s = StudyReader.read(out);
        assertThat(s.space()).isInstanceOf(LayerwiseSpace.class);
        assertThat(((LayerwiseSpace) s.space()).edgeOps().toString()).contains(j.path("selection").path("family").asText().toUpperCase());
        assertThat(Files.readString(dir.resolve("tuned.lut.csv"))).contains("edge,from,to,op,ms,ssbn_ms,allowed");
    }

    @Test
    void badArgumentsGiveOneLine() {
        CliRunner r = CliRunner.run("space-profile", "--out", dir.resolve("x.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("hwnas space-profile: --out must name a study file ending in .hwsearch.json");
        CliRunner f = CliRunner.run("space-profile", "--out", dir.resolve("x.hwsearch.json").toString(), "--families", "conv9", "--compare", "0");
        assertThat(f.exitCode()).isEqualTo(1);
        assertThat(f.err().strip()).startsWith("hwnas space-profile: unknown NB201 op 'conv9'");
        CliRunner b = CliRunner.run("methods-bench", "--fnas-spec", "-1");
        assertThat(b.exitCode()).isEqualTo(2);
    }
}
