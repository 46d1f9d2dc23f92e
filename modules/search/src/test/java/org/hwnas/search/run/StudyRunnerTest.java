package org.hwnas.search.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStatus;
import org.hwnas.search.store.MemoryTrialStore;
import org.hwnas.search.store.SqliteTrialStore;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.hwnas.search.study.Study;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StudyRunnerTest {
    @TempDir
    Path dir;

    private static List<String> summary(List<Trial> trials) {
        return trials.stream().map(t -> t.number() + " " + t.candidate().text() + " " + t.status() + " "
                + new java.util.TreeMap<>(t.measures())).collect(Collectors.toList());
    }

    private static RunResult run(Study s, TrialStore store) throws Exception {
        return new StudyRunner(s, store, ProgressListener.NONE).run();
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "rea", "nsga2"})
    void sameSeedSameTrialsWhateverTheWorkers(String engine) throws Exception {
        String opts = engine.equals("random") ? "" : "{\"population\": 12}";
        RunResult one = run(Studies.read(Studies.write(dir, engine, opts, 90, 8, 1, "pixel3")), new MemoryTrialStore());
        RunResult four = run(Studies.read(Studies.write(dir, engine, opts, 90, 8, 4, "pixel3")), new MemoryTrialStore());
        assertThat(one.trials()).hasSize(90);
        assertThat(summary(four.trials())).isEqualTo(summary(one.trials()));
        Set<String> distinct = one.trials().stream().map(t -> t.candidate().text()).collect(Collectors.toSet());
        assertThat(distinct).as("no candidate evaluated twice").hasSize(90);
    }

    /** A store that dies after {@code limit} trials, like a process killed mid-batch. */
    private static final class CrashingStore implements TrialStore {
        private final TrialStore inner;
        private final int limit;
        private int stored;

        CrashingStore(TrialStore inner, int limit) {
            this.inner = inner;
            this.limit = limit;
        }

        @Override
        public List<Trial> trials(org.hwnas.search.spi.SearchSpace s, FitnessFunction f) throws StoreException {
            return inner.trials(s, f);
        }

        @Override
        public synchronized void append(Trial t) throws StoreException {
            if (stored >= limit) {
                throw new IllegalStateException("simulated crash");
            }
            inner.append(t);
            stored++;
        }

        @Override
        public void close() {
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "rea", "nsga2"})
    void resumeAfterACrashLosesNothingAndRepeatsNothing(String engine) throws Exception {
        String opts = engine.equals("random") ? "" : "{\"population\": 12}";
        Path f = Studies.write(dir, engine, opts, 100, 8, 3, "pixel3");
        Study s = Studies.read(f);
        List<Trial> reference = run(s, new MemoryTrialStore()).trials();

        // crash in the middle of batch 4 (trials 32..39): 37 trials stored
        SqliteTrialStore first = SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), false);
        assertThatThrownBy(() -> run(s, new CrashingStore(first, 37))).hasMessageContaining("simulated crash");
        List<Trial> survived = first.trials(s.space(), new FitnessFunction(s.objectives(), s.constraints()));
        assertThat(survived).hasSize(37);
        Set<Integer> before = survived.stream().map(Trial::number).collect(Collectors.toCollection(TreeSet::new));
        first.close();

        Study again = Studies.read(f);
        List<Integer> evaluatedNow = Collections.synchronizedList(new ArrayList<>());
        try (SqliteTrialStore store = SqliteTrialStore.open(again.storeFile(), again.space(), again.fingerprint(), true)) {
            RunResult r = new StudyRunner(again, store, (t, done, budget, ms) -> evaluatedNow.add(t.number())).run();
            assertThat(r.resumed()).isEqualTo(37);
            assertThat(r.evaluated()).isEqualTo(63);
            assertThat(evaluatedNow).hasSize(63).doesNotContainAnyElementsOf(before);
            assertThat(summary(r.trials())).isEqualTo(summary(reference));
            List<Trial> all = store.trials(again.space(), new FitnessFunction(again.objectives(), again.constraints()));
            assertThat(all).extracting(Trial::number).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, 100).boxed().collect(Collectors.toList()));
        }
    }

    @Test
    void startingAgainWithoutResumeIsRefused() throws Exception {
        Study s = Studies.read(Studies.write(dir, "random", "", 10, 5, 1, "pixel3"));
        try (SqliteTrialStore store = SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), false)) {
            run(s, store);
        }
        assertThatThrownBy(() -> SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), false))
                .isInstanceOf(StoreException.class)
                .hasMessage("s.hwsearch.db already holds 10 trials of this study; run with --resume to continue, or delete it to start over");
    }

    @Test
    void aStudyChangedIncompatiblyIsRefusedOnResumeSayingWhat() throws Exception {
        Study s = Studies.read(Studies.write(dir, "nsga2", "{\"population\": 12}", 30, 6, 1, "pixel3"));
        try (SqliteTrialStore store = SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), false)) {
            run(s, store);
        }
        Study changed = Studies.read(Studies.write(dir, "nsga2", "{\"population\": 16}", 30, 6, 1, "raspi4"));
        assertThatThrownBy(() -> SqliteTrialStore.open(changed.storeFile(), changed.space(), changed.fingerprint(), true))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("refusing to resume")
                .hasMessageContaining("engine.options.population: 12.0 -> 16.0")
                .hasMessageContaining("objectives[1].device: \"pixel3\" -> \"raspi4\"");
        // a bigger budget and more workers are fine
        Study more = Studies.read(Studies.write(dir, "nsga2", "{\"population\": 12}", 50, 6, 4, "pixel3"));
        try (SqliteTrialStore store = SqliteTrialStore.open(more.storeFile(), more.space(), more.fingerprint(), true)) {
            RunResult r = run(more, store);
            assertThat(r.resumed()).isEqualTo(30);
            assertThat(r.trials()).hasSize(50);
        }
    }

    @Test
    void aCorruptDatabaseIsReportedAndLeftUntouched() throws Exception {
        Study s = Studies.read(Studies.write(dir, "random", "", 10, 5, 1, "pixel3"));
        byte[] junk = "this is not a database, just some text that happens to be here".repeat(100).getBytes();
        Files.write(s.storeFile(), junk);
        assertThatThrownBy(() -> SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), true))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("s.hwsearch.db: not a readable trial database")
                .hasMessageEndingWith("it was left untouched");
        assertThat(Files.readAllBytes(s.storeFile())).isEqualTo(junk);
    }

    @Test
    void aForeignSqliteDatabaseIsNotTouched() throws Exception {
        Study s = Studies.read(Studies.write(dir, "random", "", 10, 5, 1, "pixel3"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + s.storeFile());
             var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE photos(id INTEGER)");
        }
        assertThatThrownBy(() -> SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), true))
                .hasMessage("s.hwsearch.db is an SQLite database but not a HW-NAS trial store; it was left untouched");
    }

    @Test
    void failingEvaluationsAreRecordedAndTheStudyGoesOn() throws Exception {
        // edgegpu latencies exist for ~2,000 of 15,625 cells: most trials fail
        Study s = Studies.read(Studies.write(dir, "random", "", 40, 8, 2, "edgegpu"));
        try (SqliteTrialStore store = SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), false)) {
            RunResult r = run(s, store);
            assertThat(r.trials()).hasSize(40);
            List<Trial> failed = r.trials().stream().filter(t -> t.status() == TrialStatus.FAILED).collect(Collectors.toList());
            assertThat(failed).isNotEmpty();
            assertThat(failed.get(0).error()).startsWith("latency: hwnasbench-table has no edgegpu latency for |");
            assertThat(failed.get(0).fitness().feasible()).isFalse();
            List<Trial> reread = store.trials(s.space(), new FitnessFunction(s.objectives(), s.constraints()));
            assertThat(reread.get(failed.get(0).number()).error()).isEqualTo(failed.get(0).error());
        }
    }
}
