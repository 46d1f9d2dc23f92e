package org.hwnas.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStores;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.hwnas.search.study.Study;
import org.junit.jupiter.api.Test;

/** {@link TrialStores} finds this module's provider through Lookup and reads a shared study with it. */
class PgTrialStoreProviderTest {

    @Test
    void urlsGoToPostgresqlAndPathsToSqlite() throws Exception {
        assertThat(TrialStores.providers()).extracting(p -> p.id()).containsExactly("postgresql", "sqlite");
        for (String url : List.of("postgresql://h/db", "postgres://u@h:5433/db?sslmode=require", "jdbc:postgresql://h/db")) {
            assertThat(TrialStores.provider(url).id()).as(url).isEqualTo("postgresql");
        }
        assertThat(TrialStores.provider("runs/x.hwsearch.db").id()).isEqualTo("sqlite");
        assertThatThrownBy(() -> TrialStores.provider("mysql://h/db"))
                .isInstanceOf(StoreException.class)
                .hasMessage("no trial store reads 'mysql://h/db' (known: postgresql://[user[:password]@]host[:port]/database,"
                        + " a trial database file (STUDY.hwsearch.db))");
    }

    @Test
    void anUnreachableServerIsOneLine() {
        assertThatThrownBy(() -> TrialStores.openReadOnly("postgresql://u:pw@127.0.0.1:1/db?connectTimeout=2", "s", null))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to postgresql://127.0.0.1:1/db")
                .hasMessageNotContaining("pw@")
                .hasMessageNotContaining("\n");
    }

    @Test
    void readsASharedStudyLikeTheSqliteStoreAndChecksTheDefinition() throws Exception {
        String doc = TestStudies.document("p", "random", 10, 5, 0, 4);
        Study study = TestStudies.study(doc);
        String url = PgServer.freshSchema("hwnas_t_provider");
        FitnessFunction f = new FitnessFunction(study.objectives(), study.constraints());
        List<Trial> written;
        try (PgTrialStore store = PgTrialStore.open(PgServer.location(url), "t", true)) {
            StudyRecord r = store.register(study, "p", Path.of("p.hwsearch.json"), doc, StudySettings.DEFAULT, true);
            new Worker(store.location(), r, study, 2, ProgressListener.NONE).run();
            written = store.finished(r, study.space(), f);
        }
        try (TrialStore view = TrialStores.openReadOnly(url, "p", study.fingerprint())) {
            assertThat(view).isInstanceOf(SharedStudyView.class);
            List<Trial> read = view.trials(study.space(), f);
            assertThat(read).hasSize(10);
            assertThat(read).extracting(t -> t.candidate().text())
                    .containsExactlyElementsOf(written.stream().map(t -> t.candidate().text()).toList());
            assertThat(read.stream().filter(t -> !t.ok()).count()).isEqualTo(written.stream().filter(t -> !t.ok()).count());
            assertThatThrownBy(() -> view.append(read.get(0))).hasMessageContaining("read-only");
        }
        Study changed = TestStudies.study(TestStudies.document("p", "random", 10, 5, 0, 3));
        assertThatThrownBy(() -> TrialStores.openReadOnly(url, "p", changed.fingerprint()))
                .isInstanceOf(StoreException.class)
                .hasMessage("study 'p' in " + PgServer.location(url).display()
                        + " was registered with a different definition. Changed: objectives[1].fail_one_in: 4 -> 3");
        assertThatThrownBy(() -> TrialStores.openReadOnly(url, "q", null)).hasMessageContaining("no study 'q' in ");
    }
}
