package org.hwnas.cli.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwnas.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostCommandsTest {
    static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    static final String ACCEL = REPO.resolve("examples/accelerators/eyeriss-like.hwacc.json").toString();
    static final Path MAPPING = REPO.resolve("examples/mappings/eyeriss-like-conv1.hwmap.json");

    @Test
    void evalReproducesTheReferenceCyclesAsText() {
        CliRunner r = CliRunner.run("eval", "--accel", ACCEL, "--mapping", MAPPING.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("86,016").contains("psum_spad").contains("DRAM").contains("utilization");
    }

    @Test
    void evalJsonCarriesSchemaTotalsAndPerTensorCounts() throws Exception {
        CliRunner r = CliRunner.run("eval", "--accel", ACCEL, "--mapping", MAPPING.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.eval/1");
        assertThat(j.get("cycles").asLong()).isEqualTo(86_016);
        assertThat(j.get("energy_pJ").asDouble()).isPositive();
        assertThat(j.get("edp").asDouble()).isPositive();
        assertThat(j.get("utilization").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.get("levels").size()).isGreaterThan(0);
        for (JsonNode l : j.get("levels")) {
            for (JsonNode t : l.get("tensors")) {
                assertThat(t.has("reads") && t.has("fills") && t.has("updates") && t.has("energy_pJ")).isTrue();
            }
        }
    }

    @Test
    void mapFindsAMappingNoFasterThanThePeBound() throws Exception {
        CliRunner r = CliRunner.run("map", "--net", REPO.resolve("examples/networks/alexnet.hwnet.json").toString(),
                "--accel", ACCEL, "--layer", "classifier.6", "--budget", "20000", "--time-limit-ms", "300", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("hwnas.map/1");
        assertThat(j.get("layers").size()).isEqualTo(1);
        JsonNode l = j.get("layers").get(0);
        assertThat(l.get("name").asText()).isEqualTo("classifier.6");
        long macs = l.get("macs").asLong();
        long pes = l.get("total_pes").asLong();
        assertThat(macs).isPositive();
        assertThat(l.get("cycles").asLong()).isGreaterThanOrEqualTo((macs + pes - 1) / pes);
        assertThat(l.has("mapping")).isTrue();
        assertThat(j.get("totals").get("cycles").asLong()).isEqualTo(l.get("cycles").asLong());
    }

    @Test
    void mapUnknownLayerIsAOneLineError() {
        CliRunner r = CliRunner.run("map", "--net", REPO.resolve("examples/networks/alexnet.hwnet.json").toString(),
                "--accel", ACCEL, "--layer", "nope");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("nope");
    }

    @Test
    void mappingWhoseFactorsDoNotMultiplyToTheLayerIsAOneLineError(@TempDir Path dir) throws Exception {
        String text = Files.readString(MAPPING).replace("\"K8\"", "\"K4\"")
                .replace("../accelerators/", REPO.resolve("examples/accelerators").toString().replace("\\", "/") + "/");
        Path bad = dir.resolve("bad.hwmap.json");
        Files.writeString(bad, text);
        CliRunner r = CliRunner.run("eval", "--accel", ACCEL, "--mapping", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith(bad.toString() + ":").contains("K").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void benchCostStatesTheMachineAndTheRate() {
        CliRunner r = CliRunner.run("bench-cost", "--seconds", "0.05", "--net", "none");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("machine: ").contains("cores").contains("evaluations/s");
    }

    @Test
    void benchCostIsAlsoSpelledAsASubcommandOfBench() {
        CliRunner r = CliRunner.run("bench", "cost", "--seconds", "0.05", "--net", "none");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("machine: ").contains("evaluations/s");
        assertThat(CliRunner.run("bench").exitCode()).isNotZero();
    }

    @Test
    void mapHonoursTimeloopConstraintsAndNamesBadOnes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path c = dir.resolve("c.yaml");
        // pin every K factor of the example AlexNet's conv1 (K=64) to the DRAM, and forbid any other split of K
        java.nio.file.Files.writeString(c, "mapspace_constraints:\n  targets:\n  - target: DRAM\n    type: temporal\n    factors: K=64\n");
        CliRunner r = CliRunner.run("map", "--net", REPO.resolve("examples/networks/alexnet.hwnet.json").toString(), "--accel", ACCEL,
                "--layer", "features.0", "--budget", "5000", "--algorithm", "genetic",
                "--constraints", c.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"K64\"").doesNotContain("\"K32\"");
        java.nio.file.Files.writeString(c, "mapspace_constraints:\n  targets:\n  - target: Buffer\n    type: temporal\n    factors: K=2\n");
        CliRunner bad = CliRunner.run("map", "--net", REPO.resolve("examples/networks/alexnet.hwnet.json").toString(), "--accel", ACCEL,
                "--constraints", c.toString());
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("target 'Buffer' is not a level of design").doesNotContain("Exception");
        CliRunner alg = CliRunner.run("map", "--net", REPO.resolve("examples/networks/alexnet.hwnet.json").toString(), "--accel", ACCEL,
                "--algorithm", "annealing");
        assertThat(alg.err()).contains("--algorithm: unknown mapper algorithm 'annealing'");
    }

    @Test
    void evalReadsTimeloopFilesDirectly() {
        java.nio.file.Path ref = REPO.resolve("modules/cost/src/test/resources/timeloop/reference/example_designs");
        String out = "eyeriss_like/ref_outputs/default_problem/timeloop-mapper.";
        CliRunner r = CliRunner.run("eval", "--accel", ref.resolve("eyeriss_like/arch.yaml").toString(),
                "--ert", ref.resolve(out + "ERT_summary.yaml").toString(), "--problem",
                ref.resolve("_include/default_problem.yaml").toString(), "--mapping", ref.resolve(out + "map.yaml").toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"cycles\" : 86016");
        CliRunner noProblem = CliRunner.run("eval", "--accel", ref.resolve("eyeriss_like/arch.yaml").toString(),
                "--mapping", ref.resolve(out + "map.yaml").toString());
        assertThat(noProblem.exitCode()).isNotZero();
        assertThat(noProblem.err()).contains("a Timeloop mapping needs --problem or --net/--layer");
    }

    @Test
    void mapTakesATimeloopArchitectureWithItsInlineConstraints() {
        java.nio.file.Path ref = REPO.resolve("modules/cost/src/test/resources/timeloop/reference/example_designs/eyeriss_like");
        String arch = ref.resolve("arch.yaml").toString();
        CliRunner r = CliRunner.run("map", "--net", REPO.resolve("examples/networks/alexnet.hwnet.json").toString(),
                "--accel", arch, "--ert", ref.resolve("ref_outputs/default_problem/timeloop-mapper.ERT_summary.yaml").toString(),
                "--constraints", arch, "--layer", "features.3", "--budget", "3000", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"cycles\"");
    }

    @Test
    void evalTakesTheLayerFromANetwork() {
        // the example mapping is for Timeloop's default conv on eyeriss-like; with an AlexNet layer its factors no longer
        // multiply to the bounds: an error naming the dimension, not a number
        CliRunner r = CliRunner.run("eval", "--accel", ACCEL, "--mapping", MAPPING.toString(),
                "--net", REPO.resolve("examples/networks/alexnet.hwnet.json").toString(), "--layer", "features.3");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("factors multiply to").doesNotContain("Exception");
        CliRunner missing = CliRunner.run("eval", "--accel", ACCEL, "--mapping", MAPPING.toString(),
                "--net", REPO.resolve("examples/networks/alexnet.hwnet.json").toString(), "--layer", "nope");
        assertThat(missing.err()).contains("no compute layer named 'nope'");
        assertThat(CliRunner.run("eval", "--accel", ACCEL, "--mapping", MAPPING.toString(), "--layer", "x").err())
                .contains("--layer and --net go together");
    }
}
