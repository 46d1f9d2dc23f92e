package org.hwnas.cli.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hwnas.cli.HwnasCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SearchCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private static Result hwnas(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new HwnasCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path study(String engine, int trials) throws Exception {
        String text = Files.readString(Path.of("../../examples/studies/nb201-pixel3.hwsearch.json"))
                .replace("\"trials\": 480", "\"trials\": " + trials)
                .replace("\"id\": \"nsga2\", \"options\": {\"population\": 24}", "\"id\": \"" + engine + "\"");
        Path f = dir.resolve("q.hwsearch.json");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void searchThenRefuseThenResumeThenReport() throws Exception {
        Path f = study("rea", 60);
        Result first = hwnas("search", f.toString(), "--workers", "3");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("study nb201-pixel3: 60 trials (0 resumed, 60 evaluated now)").contains("Pareto front:");

        Result again = hwnas("search", f.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("hwnas search: q.hwsearch.db already holds 60 trials of this study;"
                + " run with --resume to continue, or delete it to start over");

        Result resumed = hwnas("search", f.toString(), "--resume", "--json");
        JsonNode j = new ObjectMapper().readTree(resumed.out());
        assertThat(j.get("resumed").asInt()).isEqualTo(60);
        assertThat(j.get("evaluated").asInt()).isZero();
        assertThat(j.get("front").size()).isPositive();

        Result csv = hwnas("report", f.toString());
        assertThat(csv.out().lines().count()).isEqualTo(61);
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("number,batch,status,feasible,on_front,accuracy,latency_ms,eval_ms,candidate,error");

        Path png = dir.resolve("front.png");
        assertThat(hwnas("report", f.toString(), "--format", "png", "-o", png.toString()).code()).isZero();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertThat(head).containsExactly(0x89, 'P', 'N', 'G');

        JsonNode rep = new ObjectMapper().readTree(hwnas("report", f.toString(), "--format", "json").out());
        assertThat(rep.get("hypervolumeOverTime").size()).isEqualTo(60);
    }

    @Test
    void withoutATerminalProgressComesAsPlainLinesOnStderr() throws Exception {
        Path f = study("random", 40);
        Result r = hwnas("search", f.toString(), "--progress-every", "0");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(40).allMatch(l -> l.startsWith("search nb201-pixel3: ") && !l.contains("\r"));
        assertThat(lines.get(0)).startsWith("search nb201-pixel3: 1/40 trials (2%), 0 failed, best accuracy ");
        assertThat(lines.get(39)).startsWith("search nb201-pixel3: 40/40 trials (100%)").contains("trials/s, elapsed 0:");
        assertThat(lines.get(39)).endsWith(" | engine proposed 32"); // random search after batch 3 (the 40th trial ends batch 4)
        // the default interval (10 s) gives the first and the last line for a short run
        Path g = dir.resolve("r.hwsearch.json");
        Files.writeString(g, Files.readString(f));
        Result quiet = hwnas("search", g.toString(), "--json");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.err().lines().map(l -> l.substring(0, l.indexOf(" trials"))))
                .containsExactly("search nb201-pixel3: 1/40", "search nb201-pixel3: 40/40");
        assertThat(new ObjectMapper().readTree(quiet.out()).get("trials").asInt()).isEqualTo(40); // stdout stays pure JSON
        Result none = hwnas("search", f.toString(), "--resume", "--progress", "none");
        assertThat(none.err()).isEmpty();
        Result bad = hwnas("search", f.toString(), "--progress-every", "-1");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("hwnas search: --progress-every must be 0..86400 seconds, got -1.0");
    }

    @Test
    void progressLinesAreFirstEveryIntervalAndLast() {
        StringWriter w = new StringWriter();
        ProgressLines p = new ProgressLines(new PrintWriter(w, true), "s",
                List.of(new org.hwnas.search.api.Objective("acc", org.hwnas.search.api.Goal.MAXIMIZE)), 1000, 0);
        for (int i = 1; i <= 10; i++) {
            org.hwnas.search.api.Trial t = new org.hwnas.search.api.Trial(i - 1, 0, 10, org.hwnas.arch.nb201.Nb201Cell.parse(
                    "|none~0|+|none~0|none~1|+|none~0|none~1|none~2|"), org.hwnas.search.api.TrialStatus.OK, java.util.Map.of("acc", 80.0 + i),
                    new org.hwnas.search.api.Fitness(new double[] {-80.0 - i}, 0), null, 1, 0);
            p.trialFinished(t, i, 10, i * 300L); // 0.3 s per trial: lines at 0.3 s, 1.5 s, 2.7 s and the last (3.0 s)
        }
        assertThat(w.toString().lines().toList()).containsExactly(
                "search s: 1/10 trials (10%), 0 failed, best acc 81.00, 3.3 trials/s, elapsed 0:00, ETA 0:02",
                "search s: 5/10 trials (50%), 0 failed, best acc 85.00, 3.3 trials/s, elapsed 0:01, ETA 0:01",
                "search s: 9/10 trials (90%), 0 failed, best acc 89.00, 3.3 trials/s, elapsed 0:02, ETA 0:00",
                "search s: 10/10 trials (100%), 0 failed, best acc 90.00, 3.3 trials/s, elapsed 0:03, ETA 0:00");
        // after a told batch the engine's state follows the counts
        p.batchFinished(0, org.hwnas.search.spi.EngineState.of(new java.util.LinkedHashMap<>(java.util.Map.of("population", 24.0))));
        assertThat(p.line(10, 10, 3000)).endsWith("ETA 0:00 | engine population 24");
    }

    @Test
    void badInputIsOneLineEach() throws Exception {
        Path f = dir.resolve("bad.hwsearch.json");
        Files.writeString(f, "{\"format\": \"search/1\", \"space\": {\"id\": \"nb201\"}, \"objectives\": [],\n"
                + " \"engine\": {\"id\": \"bayes\"}, \"budget\": {\"trials\": 5}}");
        Result r = hwnas("search", f.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(f + ":1:64: objectives: give 1 to 3 objectives, got 0");
        // every registered engine is listed, sorted (the seed-method modules add theirs)
        assertThat(lines.get(1)).startsWith(f + ":2:19: engine.id: unknown search engine 'bayes' (valid: ")
                .contains("nsga2, random, rea").contains("fnas").contains("hsconas");
        Result noTrials = hwnas("report", study("random", 10).toString());
        assertThat(noTrials.code()).isEqualTo(1);
        assertThat(noTrials.err()).contains("no trials yet").doesNotContain("Exception");
    }

    /** A real kill -9 of a running study, then --resume: every trial once, same trials as a clean run. */
    @Test
    void killNineThenResume() throws Exception {
        Path f = study("random", 3000);
        Files.writeString(f, Files.readString(f).replace("\"seconds\": 50", "\"seconds\": 300"));
        Path db = dir.resolve("q.hwsearch.db");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.hwnas.cli.Main", "search", f.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        int seen = 0;
        while (seen < 300 && p.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            seen = Files.exists(db) ? count(db) : 0;
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
        p.waitFor(10, TimeUnit.SECONDS);
        int stored = count(db);
        assertThat(stored).as("killed mid-run").isBetween(1, 2999);

        Result resumed = hwnas("search", f.toString(), "--resume", "--json");
        JsonNode j = new ObjectMapper().readTree(resumed.out());
        assertThat(j.get("resumed").asInt()).isEqualTo(stored);
        assertThat(j.get("resumed").asInt() + j.get("evaluated").asInt()).isEqualTo(3000);
        assertThat(count(db)).isEqualTo(3000);
        List<String> afterKill = rows(db);

        Path clean = Files.createDirectories(dir.resolve("clean")).resolve("q.hwsearch.json");
        Files.copy(f, clean);
        assertThat(hwnas("search", clean.toString()).code()).isZero();
        assertThat(afterKill).isEqualTo(rows(clean.resolveSibling("q.hwsearch.db")));
    }

    private static int count(Path db) throws Exception {
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
            ResultSet rs = s.executeQuery("SELECT number, candidate, measures, status FROM trials ORDER BY number");
            while (rs.next()) {
                out.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return out;
    }
}
