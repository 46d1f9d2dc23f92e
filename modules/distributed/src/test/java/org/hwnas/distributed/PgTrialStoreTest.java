package org.hwnas.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.Evaluator;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import org.junit.jupiter.api.Test;

/** Against the real server (see {@link PgServer}); each test in its own schema. */
class PgTrialStoreTest {

    private static PgTrialStore open(String schema) throws Exception {
        return PgTrialStore.open(PgServer.location(PgServer.freshSchema(schema)), "hwnas-test", true);
    }

    private static PgTrialStore reopen(PgTrialStore s) throws Exception {
        return PgTrialStore.open(s.location(), "hwnas-test", false);
    }

    @Test
    void workersTogetherRunTheStudyExactlyAsOneProcessDoes() throws Exception {
        String doc = TestStudies.document("w", "nsga2", 96, 16, 1, 9);
        Study study = TestStudies.study(doc);
        try (PgTrialStore store = open("hwnas_t_workers")) {
            StudyRecord r = store.register(study, "w", Path.of("w.hwsearch.json"), doc, StudySettings.DEFAULT, true);
            AtomicInteger told = new AtomicInteger();
            ProgressListener count = (t, done, budget, ms) -> told.incrementAndGet();
            Worker.Result res = new Worker(store.location(), r, study, 5, count).run();
            assertThat(res.evaluated()).isEqualTo(96);
            assertThat(res.reason()).isEqualTo(RunResult.StopReason.TRIALS);
            assertThat(told.get()).isEqualTo(96);

            List<Trial> got = store.finished(r, study.space(), new FitnessFunction(study.objectives(), study.constraints()));
            RunResult ref = new StudyRunner(study, new MemoryTrialStore(), ProgressListener.NONE).run();
            assertThat(got).hasSize(96);
            for (int i = 0; i < 96; i++) {
                Trial a = got.get(i);
                Trial b = ref.trials().get(i);
                assertThat(a.number()).isEqualTo(i);
                assertThat(a.candidate()).as("trial %d", i).isEqualTo(b.candidate());
                assertThat(a.batch()).isEqualTo(b.batch());
                assertThat(a.status()).isEqualTo(b.status());
                assertThat(a.measures()).isEqualTo(b.measures());
                assertThat(a.error()).isEqualTo(b.error());
            }
            assertThat(got.stream().filter(t -> !t.ok()).count()).as("broken evaluations recorded").isPositive();
            StudySummary s = store.summary(r);
            assertThat(s.finished()).isEqualTo(96);
            assertThat(s.running() + s.pending()).isZero();

            // a second worker on a finished study has nothing to do
            Worker.Result again = new Worker(store.location(), r, study, 2, ProgressListener.NONE).run();
            assertThat(again.evaluated()).isZero();
        }
    }

    @Test
    void racingClaimsHandOutEveryPendingTrialExactlyOnce() throws Exception {
        String doc = TestStudies.document("c", "random", 64, 64, 0, 0);
        Study study = TestStudies.study(doc);
        try (PgTrialStore store = open("hwnas_t_claims")) {
            StudyRecord r = store.register(study, "c", Path.of("c.hwsearch.json"), doc, StudySettings.DEFAULT, true);
            EngineCursor cursor = new EngineCursor(study.engine(), study.context());
            FitnessFunction f = new FitnessFunction(study.objectives(), study.constraints());
            assertThat(store.propose(r, cursor, study.space(), f)).isEqualTo(PgTrialStore.Proposal.ADDED);
            assertThat(store.propose(r, cursor, study.space(), f)).isEqualTo(PgTrialStore.Proposal.BUSY);

            List<Integer> claimed = Collections.synchronizedList(new ArrayList<>());
            ConcurrentHashMap<String, Integer> perThread = new ConcurrentHashMap<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            List<Exception> errors = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 8; i++) {
                String id = "w" + i;
                threads.add(new Thread(() -> {
                    try (PgTrialStore s = reopen(store)) {
                        go.await();
                        Claim c;
                        while ((c = s.claim(r, id)) != null) {
                            claimed.add(c.number());
                            perThread.merge(id, 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        errors.add(e);
                    }
                }));
            }
            threads.forEach(Thread::start);
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            assertThat(errors).isEmpty();
            assertThat(claimed).hasSize(64).doesNotHaveDuplicates();
            assertThat(claimed).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 64).boxed().toList());
            assertThat(perThread.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(64);
            assertThat(store.summary(r).running()).isEqualTo(64);
        }
    }

    @Test
    void aLostWorkersTrialIsTakenBackRetriedAndRecordedOnceThenGivenUp() throws Exception {
        String doc = TestStudies.document("l", "random", 2, 2, 0, 0);
        Study study = TestStudies.study(doc);
        FitnessFunction f = new FitnessFunction(study.objectives(), study.constraints());
        Evaluator ev = new Evaluator(study.measures(), f);
        try (PgTrialStore store = open("hwnas_t_lost")) {
            StudyRecord r = store.register(study, "l", Path.of("l.hwsearch.json"), doc, new StudySettings(1, 1000), true);
            EngineCursor cursor = new EngineCursor(study.engine(), study.context());
            store.propose(r, cursor, study.space(), f);
            Claim first = store.claim(r, "dead:1");
            assertThat(first.number()).isZero();
            assertThat(first.attempt()).isEqualTo(1);
            assertThat(store.reap(r)).as("heartbeat still fresh").isEmpty();
            Thread.sleep(1300);
            assertThat(store.reap(r)).containsExactly(0);
            assertThat(store.rows(r).get(0).status()).isEqualTo("PENDING");

            Claim second = store.claim(r, "alive:2");
            assertThat(second.number()).isZero();
            assertThat(second.attempt()).isEqualTo(2);
            Trial result = ev.evaluate(study.space().parse(second.candidate()), 0, 0, 2);
            assertThat(store.record(r, first, "dead:1", result)).as("the lost worker's late result is dropped").isFalse();
            assertThat(store.heartbeat(r, "alive:2")).isEqualTo(1);
            assertThat(store.record(r, second, "alive:2", result)).isTrue();
            StoredTrial t0 = store.rows(r).get(0);
            assertThat(t0.status()).isEqualTo("OK");
            assertThat(t0.attempts()).isEqualTo(2);
            assertThat(t0.worker()).isEqualTo("alive:2");

            // trial 1: lost twice with 1 retry allowed -> FAILED with the reason
            Claim a = store.claim(r, "dead:3");
            Thread.sleep(1300);
            assertThat(store.reap(r)).containsExactly(1);
            Claim b = store.claim(r, "dead:4");
            assertThat(b.attempt()).isEqualTo(2);
            Thread.sleep(1300);
            assertThat(store.reap(r)).containsExactly(1);
            StoredTrial t1 = store.rows(r).get(1);
            assertThat(t1.status()).isEqualTo("FAILED");
            assertThat(t1.error()).startsWith("worker dead:4 lost (no heartbeat for 1.0 s) in attempt 2; gave up after 2 attempts");
            assertThat(store.claim(r, "x")).isNull();
            assertThat(store.propose(r, cursor, study.space(), f)).isEqualTo(PgTrialStore.Proposal.DONE);
            assertThat(a.number()).isEqualTo(1);
            try (Connection c = store.location().connect("t"); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT string_agg(number || ':' || attempt || ':' || outcome, ',' ORDER BY number, attempt)"
                         + " FROM hwnas_attempts")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("0:1:lost,0:2:ok,1:1:lost,1:2:lost");
            }
        }
    }

    @Test
    void aStoppedWorkerGivesItsTrialsBackAtOnce() throws Exception {
        String doc = TestStudies.document("r", "random", 3, 3, 0, 0);
        Study study = TestStudies.study(doc);
        FitnessFunction f = new FitnessFunction(study.objectives(), study.constraints());
        try (PgTrialStore store = open("hwnas_t_release")) {
            StudyRecord r = store.register(study, "r", Path.of("r.hwsearch.json"), doc, StudySettings.DEFAULT, true);
            store.propose(r, new EngineCursor(study.engine(), study.context()), study.space(), f);
            Claim a = store.claim(r, "stopping:1");
            Claim b = store.claim(r, "stopping:1");
            Claim other = store.claim(r, "other:2");
            assertThat(store.release(r, "stopping:1")).isEqualTo(2);
            assertThat(store.rows(r)).extracting(StoredTrial::status).containsExactly("PENDING", "PENDING", "RUNNING");
            assertThat(store.rows(r)).extracting(StoredTrial::attempts).containsExactly(0, 0, 1);
            Trial late = new Evaluator(study.measures(), f).evaluate(study.space().parse(a.candidate()), 0, 0, 3);
            assertThat(store.record(r, a, "stopping:1", late)).as("a released attempt's late result is dropped").isFalse();
            Claim again = store.claim(r, "other:2");
            assertThat(again.number()).isEqualTo(a.number());
            assertThat(again.attempt()).isEqualTo(1);
            assertThat(b.number()).isEqualTo(1);
            assertThat(other.number()).isEqualTo(2);
        }
    }

    @Test
    void aStoreOfAnotherSchemaVersionIsRefusedInOneLine() throws Exception {
        String url = PgServer.freshSchema("hwnas_t_version");
        try (PgTrialStore store = PgTrialStore.open(PgServer.location(url), "t", true);
             Connection c = store.location().connect("t"); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE hwnas_meta SET value = 'hwnas-pg/2' WHERE key = 'schema'");
        }
        assertThatThrownBy(() -> PgTrialStore.open(PgServer.location(url), "t", false))
                .isInstanceOf(StoreException.class)
                .hasMessageEndingWith("holds a trial store of version 'hwnas-pg/2', this build reads 'hwnas-pg/1'"
                        + " (use another database or schema, or the matching hwnas version)")
                .hasMessageNotContaining("\n");
        String empty = PgServer.freshSchema("hwnas_t_empty");
        assertThatThrownBy(() -> PgTrialStore.open(PgServer.location(empty), "t", false))
                .hasMessageEndingWith("holds no HW-NAS studies (register one with: hwnas study create STUDY --storage URL)");
    }

    @Test
    void aChangedStudyIsRefusedListingTheChangesAndTheViewIsReadOnly() throws Exception {
        String doc = TestStudies.document("v", "random", 8, 4, 0, 0);
        Study study = TestStudies.study(doc);
        String url = PgServer.freshSchema("hwnas_t_view");
        try (PgTrialStore store = PgTrialStore.open(PgServer.location(url), "t", true)) {
            StudyRecord r = store.register(study, "v", Path.of("v.hwsearch.json"), doc, StudySettings.DEFAULT, true);
            new Worker(store.location(), r, study, 2, ProgressListener.NONE).run();
            Study changed = TestStudies.study(TestStudies.document("v", "random", 8, 4, 0, 3));
            assertThatThrownBy(() -> store.register(changed, "v", Path.of("v.hwsearch.json"), doc, StudySettings.DEFAULT, false))
                    .hasMessageContaining("Changed: objectives[1].fail_one_in: 0 -> 3");
            assertThatThrownBy(() -> store.register(study, "v", Path.of("v.hwsearch.json"), doc, StudySettings.DEFAULT, true))
                    .hasMessageContaining("already holds 8 trials; run with --resume");
            Study more = TestStudies.study(TestStudies.document("v", "random", 12, 4, 0, 0));
            assertThat(store.register(more, "v", Path.of("v.hwsearch.json"), doc, StudySettings.DEFAULT, false).budgetTrials()).isEqualTo(12);
        }
        try (SharedStudyView view = SharedStudyView.open(url, "v")) {
            FitnessFunction f = new FitnessFunction(study.objectives(), study.constraints());
            assertThat(view.trials(study.space(), f)).hasSize(8);
            assertThat(view.rows()).hasSize(8).allMatch(StoredTrial::finished);
            assertThat(view.summary().budgetTrials()).isEqualTo(12);
            assertThatThrownBy(() -> view.append(view.trials(study.space(), f).get(0))).hasMessageContaining("read-only");
        }
        assertThatThrownBy(() -> SharedStudyView.open(url, "nope")).hasMessageEndingWith("no study 'nope' in "
                + PgServer.location(url).display() + " (registered: v)");
    }
}
