package org.hwnas.search.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStores;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.run.RunResult;
import org.hwnas.search.run.StudyRunner;
import org.hwnas.search.spi.TrialStoreProvider;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialStoresTest {
    @TempDir
    Path dir;

    private Path write(int seed) throws Exception {
        Path f = dir.resolve("s.hwsearch.json");
        Files.writeString(f, """
                {"format": "search/1", "space": {"id": "nb201"},
                 "objectives": [{"name": "accuracy", "goal": "maximize", "estimator": "nb201-table"},
                                {"name": "latency", "goal": "minimize", "latency-model": "hwnasbench-table", "device": "pixel3"}],
                 "engine": {"id": "random"}, "budget": {"trials": 12}, "batch": 4, "seed": %d}
                """.formatted(seed));
        return f;
    }

    @Test
    void theSqliteProviderTakesPathsAndLeavesUrlsToOthers() throws Exception {
        TrialStoreProvider sqlite = TrialStores.provider("runs/a.hwsearch.db");
        assertThat(sqlite.id()).isEqualTo("sqlite");
        assertThat(sqlite.accepts("/abs/x.db")).isTrue();
        assertThat(sqlite.accepts("C:x.db")).isTrue();
        assertThat(sqlite.accepts("mysql://h/db")).isFalse();
        assertThat(sqlite.accepts("")).isFalse();
        // no provider for this scheme in this module; the password is not echoed
        assertThatThrownBy(() -> TrialStores.provider("mysql://bob:secret@h/db"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no trial store reads 'mysql://bob:***@h/db'")
                .hasMessageContaining("STUDY.hwsearch.db")
                .hasMessageNotContaining("secret");
    }

    @Test
    void readsWhatARunStoredAndRefusesToWrite() throws Exception {
        Study s = StudyReader.read(write(3));
        RunResult r;
        try (SqliteTrialStore store = SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), false)) {
            r = new StudyRunner(s, store, (t, done, budget, ms) -> { }).run();
        }
        FitnessFunction fitness = new FitnessFunction(s.objectives(), s.constraints());
        try (TrialStore view = TrialStores.openReadOnly(s, null)) {
            List<Trial> read = view.trials(s.space(), fitness);
            assertThat(read).hasSize(12);
            assertThat(read).extracting(t -> t.candidate().text())
                    .containsExactlyElementsOf(r.trials().stream().map(t -> t.candidate().text()).toList());
            assertThat(read.get(5).measures()).isEqualTo(r.trials().get(5).measures());
            assertThatThrownBy(() -> view.append(read.get(0)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }
        // the fingerprint may be skipped: a watcher without the document still reads the rows
        try (TrialStore view = TrialStores.openReadOnly(s.storeFile().toString(), "any", null)) {
            assertThat(view.trials(s.space(), fitness)).hasSize(12);
        }
        // the run can go on while the view is open (WAL; read-only connection)
        try (TrialStore view = TrialStores.openReadOnly(s, null);
             SqliteTrialStore writer = SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), true)) {
            assertThat(view.trials(s.space(), fitness)).hasSize(12);
        }
    }

    @Test
    void aChangedStudyAMissingFileAndAForeignFileAreOneLine() throws Exception {
        Study s = StudyReader.read(write(3));
        assertThatThrownBy(() -> TrialStores.openReadOnly(s, null))
                .isInstanceOf(StoreException.class).hasMessage("s.hwsearch.db does not exist (no trials yet?)");
        assertThat(s.storeFile()).doesNotExist(); // nothing created
        try (SqliteTrialStore store = SqliteTrialStore.open(s.storeFile(), s.space(), s.fingerprint(), false)) {
            new StudyRunner(s, store, (t, done, budget, ms) -> { }).run();
        }
        Study changed = StudyReader.read(write(4));
        assertThatThrownBy(() -> TrialStores.openReadOnly(changed, null))
                .isInstanceOf(StoreException.class)
                .hasMessage("s.hwsearch.db holds the trials of another version of the study. Changed: seed: 3 -> 4");
        Path foreign = dir.resolve("other.db");
        Files.writeString(foreign, "not a database at all, just text that is long enough to be a header..........");
        assertThatThrownBy(() -> TrialStores.openReadOnly(foreign.toString(), "x", null))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("other.db: ");
    }
}
