package org.hwnas.cli.naas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hwnas.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job's study (examples/studies/naas-cosearch), shrunk: a real kill -9 of {@code hwnas search}
 * during the CMA-ES phase, then {@code --resume}: every trial once, the same trials as a clean run, and
 * {@code hwnas report} reads the store.
 */
class NaasStudyKillTest {
    private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** The bundled study with a smaller budget, its base design resolved against the examples. */
    private Path study(Path folder) throws Exception {
        String text = Files.readString(EXAMPLES.resolve("studies/naas-cosearch.hwsearch.json"))
                .replace("\"../accelerators/eyeriss-like.hwacc.json\"",
                        "\"" + EXAMPLES.resolve("accelerators/eyeriss-like.hwacc.json").toString().replace("\\", "/") + "\"")
                .replaceAll("\"trials\": \\d+}", "\"trials\": 48}")
                .replaceAll("\"mapper-budget\": \\d+", "\"mapper-budget\": 600")
                .replaceAll("\"hw_trials\": \\d+, \"net_trials\": \\d+, \"population\": \\d+",
                        "\"hw_trials\": 16, \"net_trials\": 8, \"population\": 6");
        assertThat(text).contains("\"trials\": 48}", "\"mapper-budget\": 600", "\"hw_trials\": 16", "\"id\": \"naas\"");
        Path f = Files.createDirectories(folder).resolve("naas.hwsearch.json");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void killNineThenResumeLosesNoTrial() throws Exception {
        Path f = study(dir.resolve("killed"));
        Path db = f.resolveSibling("naas.hwsearch.db");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.hwnas.cli.Main", "search", f.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.currentTimeMillis() + 90_000;
        int seen = 0;
        while (seen < 12 && p.isAlive() && System.currentTimeMillis() < deadline) { // 8 networks, then CMA-ES
            Thread.sleep(20);
            seen = count(db);
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
        p.waitFor(10, TimeUnit.SECONDS);
        int stored = count(db);
        assertThat(stored).as("killed mid-run; log: " + Files.readString(dir.resolve("log.txt"))).isBetween(12, 47);

        CliRunner resumed = CliRunner.run("search", f.toString(), "--resume", "--json");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(resumed.out());
        assertThat(j.get("resumed").asInt()).isEqualTo(stored);
        assertThat(j.get("resumed").asInt() + j.get("evaluated").asInt()).isEqualTo(48);
        List<String> afterKill = rows(db);
        assertThat(afterKill).hasSize(48);

        Path clean = study(dir.resolve("clean"));
        CliRunner c = CliRunner.run("search", clean.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("Pareto front:").contains("rows:").contains("g:");
        assertThat(afterKill).isEqualTo(rows(clean.resolveSibling("naas.hwsearch.db")));

        CliRunner report = CliRunner.run("report", f.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out().lines().count()).isEqualTo(49); // header + 48 trials
        assertThat(report.out()).startsWith("number,batch,status,feasible,on_front,macs_m,edp,");
    }

    private static int count(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT count(*) FROM trials");
            return rs.next() ? rs.getInt(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0; // not created yet
        }
    }

    private static List<String> rows(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT number, batch, candidate, measures, status FROM trials ORDER BY number");
            while (rs.next()) {
                out.add(rs.getInt(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
            }
        }
        return out;
    }
}
