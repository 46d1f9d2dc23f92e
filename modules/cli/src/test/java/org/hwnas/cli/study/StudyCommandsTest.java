package org.hwnas.cli.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.hwnas.cli.CliRunner;
import org.hwnas.distributed.PgLocation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandsTest {
    @TempDir
    Path dir;

    private Path study(String name, int trials) throws Exception {
        Path f = dir.resolve(name + ".hwsearch.json");
        Files.writeString(f, """
                {"format": "search/1", "name": "%s", "space": {"id": "nb201"},
                 "objectives": [
                   {"name": "accuracy", "goal": "maximize", "estimator": "nb201-table"},
                   {"name": "work_ms", "goal": "minimize", "measure": "sleep", "ms": 0, "fail_one_in": 11}],
                 "engine": {"id": "rea"}, "budget": {"trials": %d}, "seed": 3, "batch": 8, "workers": 2}
                """.formatted(name, trials));
        return f;
    }

    /** The test server (scripts/pg-server.sh), in a fresh schema; skipped without one unless HWNAS_PG_REQUIRED=1. */
    private static String server(String schema) throws Exception {
        String url = System.getenv("HWNAS_PG_URL");
        if (url == null || url.isBlank()) {
            assertThat(System.getenv("HWNAS_PG_REQUIRED")).as("HWNAS_PG_REQUIRED=1 needs HWNAS_PG_URL").isNotEqualTo("1");
            Assumptions.abort("no PostgreSQL server: set HWNAS_PG_URL (scripts/pg-server.sh start)");
        }
        try (Connection c = PgLocation.parse(url, System.getenv()).connect("test"); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void oneLine(CliRunner r, String start) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith(start).doesNotContain("Exception");
    }

    @Test
    void storageProblemsAreOneLineAndExit1() throws Exception {
        oneLine(CliRunner.run("worker", "--storage", "mysql://u:pw@h/db", "--study", "s"),
                "hwnas worker: --storage: expected postgresql://[user[:password]@]host[:port]/database, got 'mysql://u:***@h/db'");
        oneLine(CliRunner.run("worker", "--storage", "postgresql://u:pw@127.0.0.1:1/db", "--study", "s"),
                "hwnas worker: cannot connect to postgresql://127.0.0.1:1/db: Connection to 127.0.0.1:1 refused");
        oneLine(CliRunner.run("study", "list", "--storage", "postgresql://127.0.0.1:1/db"), "hwnas study list: cannot connect to");
        oneLine(CliRunner.run("search", study("s", 8).toString(), "--storage", "postgresql://127.0.0.1:1/db"),
                "hwnas search: cannot connect to postgresql://127.0.0.1:1/db");
        assertThat(CliRunner.run("study", "create", study("s", 8).toString(), "--storage", "postgresql://h/db", "--retries", "-1")
                .exitCode()).isEqualTo(2);
        CliRunner bad = CliRunner.run("study", "create", dir.resolve("none.hwsearch.json").toString(), "--storage", "postgresql://h/db");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("none.hwsearch.json: no such file");
    }

    @Test
    void createWorkListTrialsDelete() throws Exception {
        String url = server("hwnas_cli_study");
        Path f = study("cli-a", 40);
        CliRunner created = CliRunner.run("study", "create", f.toString(), "--storage", url, "--retries", "1", "--heartbeat-timeout", "5");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("study cli-a registered in postgresql://").contains("0/40 trials finished, batch 8, retries 1,"
                + " heartbeat timeout 5.0 s");

        CliRunner w = CliRunner.run("worker", "--storage", url, "--study", "cli-a", "--threads", "3", "--progress-every", "0");
        assertThat(w.exitCode()).as(w.err()).isZero();
        assertThat(w.out()).contains("study cli-a: 40 trials evaluated here (0 results dropped, 0 lost trials taken back)")
                .contains("study 40/40 finished").contains("stopped: trials");
        assertThat(w.err().lines().filter(l -> l.contains("trials finished")).count()).isEqualTo(40);

        CliRunner list = CliRunner.run("study", "list", "--storage", url);
        assertThat(list.out().lines().filter(l -> l.startsWith("cli-a")).findFirst().orElseThrow().split("\\s+"))
                .startsWith("cli-a", "40", "40");

        CliRunner csv = CliRunner.run("study", "trials", "--storage", url, "--study", "cli-a");
        assertThat(csv.out().lines().count()).isEqualTo(41);
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("number,batch,status,attempts,worker,accuracy,work_ms,eval_ms,candidate,error");
        JsonNode j = new ObjectMapper().readTree(CliRunner.run("study", "trials", "--storage", url, "--study", "cli-a", "--format", "json").out());
        assertThat(j.get("trials").size()).isEqualTo(40);
        int failed = 0;
        for (int i = 0; i < 40; i++) {
            JsonNode t = j.get("trials").get(i);
            assertThat(t.get("number").asInt()).isEqualTo(i);
            assertThat(t.get("attempts").asInt()).isEqualTo(1);
            if (t.get("status").asText().equals("failed")) {
                failed++;
                assertThat(t.get("error").asText()).startsWith("work_ms: synthetic failure for ");
            }
        }
        assertThat(failed).isPositive();

        // the same study registered again: budget raised, definition unchanged
        Files.writeString(f, Files.readString(f).replace("\"trials\": 40", "\"trials\": 48"));
        assertThat(CliRunner.run("study", "create", f.toString(), "--storage", url).out()).contains("40/48 trials finished");
        Files.writeString(f, Files.readString(f).replace("\"seed\": 3", "\"seed\": 4"));
        CliRunner changed = CliRunner.run("study", "create", f.toString(), "--storage", url);
        oneLine(changed, "hwnas study create: study 'cli-a' in postgresql://");
        assertThat(changed.err()).contains("Changed: seed: 3 -> 4");

        assertThat(CliRunner.run("study", "delete", "cli-a", "--storage", url).exitCode()).isZero();
        oneLine(CliRunner.run("study", "delete", "cli-a", "--storage", url), "hwnas study delete: no study 'cli-a'");
    }

    @Test
    void searchWithStorageIsCoordinatorAndWorkerAndResumes() throws Exception {
        String url = server("hwnas_cli_search");
        Path f = study("cli-s", 32);
        CliRunner first = CliRunner.run("search", f.toString(), "--storage", url, "--progress", "none");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("study cli-s: 32 trials (0 resumed, 32 evaluated now)")
                .contains("trials stored in " + PgLocation.parse(url, Map.of()).display() + " (study cli-s)");
        // the same run with the SQLite store gives the same front
        CliRunner local = CliRunner.run("search", f.toString(), "--progress", "none");
        assertThat(first.out().lines().filter(l -> l.startsWith("Pareto front")).toList())
                .isEqualTo(local.out().lines().filter(l -> l.startsWith("Pareto front")).toList());

        oneLine(CliRunner.run("search", f.toString(), "--storage", url), "hwnas search: study 'cli-s' in postgresql://");
        Files.writeString(f, Files.readString(f).replace("\"trials\": 32", "\"trials\": 40"));
        CliRunner more = CliRunner.run("search", f.toString(), "--storage", url, "--resume", "--json");
        assertThat(more.exitCode()).as(more.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(more.out());
        assertThat(j.get("resumed").asInt()).isEqualTo(32);
        assertThat(j.get("evaluated").asInt()).isEqualTo(8);
        assertThat(j.get("trials").asInt()).isEqualTo(40);
        assertThat(j.get("store").asText()).endsWith("(study cli-s)");
    }

    /** The csv report without the eval_ms column (timings differ between runs). */
    private static java.util.List<String> withoutTimes(String csv) {
        return csv.lines().map(l -> {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(l.split(",", -1)));
            cells.remove(7);
            return String.join(",", cells);
        }).toList();
    }

    @Test
    void reportReadsASharedStudyLikeTheSqliteOne() throws Exception {
        String url = server("hwnas_cli_report");
        Path f = study("cli-r", 24);
        assertThat(CliRunner.run("search", f.toString(), "--storage", url, "--progress", "none").exitCode()).isZero();
        assertThat(CliRunner.run("search", f.toString(), "--progress", "none").exitCode()).isZero();

        CliRunner shared = CliRunner.run("report", f.toString(), "--storage", url);
        assertThat(shared.exitCode()).as(shared.err()).isZero();
        CliRunner local = CliRunner.run("report", f.toString());
        assertThat(shared.out().lines().findFirst().orElseThrow())
                .isEqualTo("number,batch,status,feasible,on_front,accuracy,work_ms,eval_ms,candidate,error");
        assertThat(shared.out().lines().count()).isEqualTo(25);
        assertThat(shared.out()).contains(",failed,false,false,");
        assertThat(withoutTimes(shared.out())).isEqualTo(withoutTimes(local.out()));

        JsonNode a = new ObjectMapper().readTree(CliRunner.run("report", f.toString(), "--storage", url, "--format", "json").out());
        JsonNode b = new ObjectMapper().readTree(CliRunner.run("report", f.toString(), "--format", "json").out());
        assertThat(a.get("trials").asInt()).isEqualTo(24);
        assertThat(a.get("hypervolume").asDouble()).isPositive().isEqualTo(b.get("hypervolume").asDouble());
        assertThat(a.get("front").size()).isEqualTo(b.get("front").size());

        // a study registered under another name, a changed document, an unknown name: one line each
        assertThat(CliRunner.run("study", "create", f.toString(), "--storage", url, "--name", "cli-r2").exitCode()).isZero();
        CliRunner renamed = CliRunner.run("report", f.toString(), "--storage", url, "--study", "cli-r2");
        assertThat(renamed.exitCode()).as(renamed.err()).isZero();
        assertThat(renamed.out().lines().count()).as("registered, nothing run yet").isEqualTo(1);
        oneLine(CliRunner.run("report", f.toString(), "--storage", url, "--study", "nope"), "hwnas report: no study 'nope' in postgresql://");
        oneLine(CliRunner.run("report", f.toString(), "--study", "cli-r2"), "hwnas report: --study names a study in a shared store");
        oneLine(CliRunner.run("report", f.toString(), "--storage", "mysql://u:pw@h/db"), "hwnas report: no trial store reads 'mysql://u:***@h/db'");
        Files.writeString(f, Files.readString(f).replace("\"seed\": 3", "\"seed\": 4"));
        CliRunner changed = CliRunner.run("report", f.toString(), "--storage", url);
        oneLine(changed, "hwnas report: study 'cli-r' in postgresql://");
        assertThat(changed.err()).contains("was registered with a different definition. Changed: seed: 3 -> 4");
    }
}
