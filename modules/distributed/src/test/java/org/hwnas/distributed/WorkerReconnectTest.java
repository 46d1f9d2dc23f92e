package org.hwnas.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.study.Study;
import org.junit.jupiter.api.Test;

/** A worker whose connections are killed by the server (pg_terminate_backend) reconnects and goes on. */
class WorkerReconnectTest {

    private static int terminateWorkers(Connection admin) throws Exception {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))"
                + " FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'hwnas-worker'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void killedConnectionsAreReplacedAndEveryTrialIsRecordedOnce() throws Exception {
        String doc = TestStudies.document("rc", "nsga2", 48, 8, 25, 0);
        Study study = TestStudies.study(doc);
        String url = PgServer.freshSchema("hwnas_t_reconnect");
        PgLocation loc = PgServer.location(url);
        try (PgTrialStore store = PgTrialStore.open(loc, "hwnas-test", true); Connection admin = loc.connect("hwnas-test")) {
            StudyRecord r = store.register(study, "rc", Path.of("rc.hwsearch.json"), doc, StudySettings.DEFAULT, true);
            AtomicInteger done = new AtomicInteger();
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    outcome.set(new Worker(loc, r, study, 2, (tr, d, b, ms) -> done.incrementAndGet()).run());
                } catch (Exception e) {
                    outcome.set(e);
                }
            });
            t.start();
            int killed = 0;
            for (int at : new int[] {10, 30}) {
                while (done.get() < at && t.isAlive()) {
                    Thread.sleep(5);
                }
                killed += terminateWorkers(admin);
            }
            t.join(60_000);
            assertThat(outcome.get()).as("worker outcome").isInstanceOf(Worker.Result.class);
            Worker.Result res = (Worker.Result) outcome.get();
            assertThat(killed).as("connections terminated").isGreaterThanOrEqualTo(2);
            assertThat(res.reconnects()).isGreaterThanOrEqualTo(2);
            assertThat(res.evaluated()).isEqualTo(48);
            assertThat(res.reason()).isEqualTo(RunResult.StopReason.TRIALS);

            List<Trial> got = store.finished(r, study.space(), new FitnessFunction(study.objectives(), study.constraints()));
            List<Trial> ref = new StudyRunner(study, new MemoryTrialStore(), ProgressListener.NONE).run().trials();
            assertThat(got).extracting(Trial::number).containsExactlyElementsOf(ref.stream().map(Trial::number).toList());
            assertThat(got).extracting(x -> x.candidate().text()).as("same engine state: same candidates")
                    .containsExactlyElementsOf(ref.stream().map(x -> x.candidate().text()).toList());
            try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT number)"
                    + " FROM hwnas_attempts WHERE study_id = " + r.id() + " AND outcome IN ('ok', 'failed')")) {
                rs.next();
                assertThat(rs.getInt(1)).as("recorded attempts").isEqualTo(48);
                assertThat(rs.getInt(2)).isEqualTo(48);
            }
            assertThat(store.summary(r).running() + store.summary(r).pending()).isZero();
        }
    }

    @Test
    void aServerThatStaysDownStopsTheWorkerWithOneLineAfterItsTries() throws Exception {
        String base = PgServer.url();
        PgLocation main = PgServer.location(base);
        String db = "hwnas_t_giveup";
        try (Connection admin = main.connect("hwnas-test"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
            try {
                PgLocation loc = new PgLocation(main.host(), main.port(), db, main.user(), main.password(), main.params());
                String doc = TestStudies.document("gu", "random", 400, 8, 20, 0);
                Study study = TestStudies.study(doc);
                StudyRecord r;
                try (PgTrialStore store = PgTrialStore.open(loc, "hwnas-test", true)) {
                    r = store.register(study, "gu", Path.of("gu.hwsearch.json"), doc, StudySettings.DEFAULT, true);
                }
                AtomicInteger done = new AtomicInteger();
                AtomicReference<Object> outcome = new AtomicReference<>();
                Thread t = new Thread(() -> {
                    try {
                        outcome.set(new Worker(loc, r, study, 1, (tr, d, b, ms) -> done.incrementAndGet()).firstReconnectWait(10).run());
                    } catch (Exception e) {
                        outcome.set(e);
                    }
                });
                t.start();
                while (done.get() < 5 && t.isAlive()) {
                    Thread.sleep(5);
                }
                // no new connections from now on, and the worker's are cut
                s.execute("ALTER DATABASE " + db + " ALLOW_CONNECTIONS false");
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db + "'");
                t.join(30_000);
                assertThat(t.isAlive()).isFalse();
                assertThat(outcome.get()).isInstanceOf(org.hwnas.search.store.StoreException.class);
                String message = ((Exception) outcome.get()).getMessage();
                assertThat(message).contains("lost the connection").contains("gave up after 5 reconnection tries")
                        .contains("is not currently accepting connections").doesNotContain("\n");
            } finally {
                s.execute("ALTER DATABASE " + db + " ALLOW_CONNECTIONS true");
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }
}
