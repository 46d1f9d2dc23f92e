package org.hwnas.searchui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hwnas.distributed.PgLocation;
import org.hwnas.distributed.PgTrialStore;
import org.hwnas.distributed.StudyRecord;
import org.hwnas.distributed.StudySettings;
import org.hwnas.distributed.Worker;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.ProgressListener;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;
import org.hwnas.search.study.StudyReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's model on a shared study: workers run it into PostgreSQL, the console reads it through
 * {@code TrialStores} by URL. The server is {@code HWNAS_PG_URL} (scripts/pg-server.sh start); without
 * it the server test is skipped, unless {@code HWNAS_PG_REQUIRED=1}, where that is a failure.
 */
class SharedStudyConsoleTest {

    private static String serverUrl() {
        String url = System.getenv("HWNAS_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("HWNAS_PG_REQUIRED"))) {
                fail("HWNAS_PG_REQUIRED=1 but HWNAS_PG_URL is not set (start the server with scripts/pg-server.sh start)");
            }
            Assumptions.abort("no PostgreSQL server: set HWNAS_PG_URL (scripts/pg-server.sh start)");
        }
        return url;
    }

    /** The server's URL with its tables in a fresh schema of this test class. */
    private static String freshSchema(String name) throws Exception {
        String url = serverUrl();
        try (Connection c = PgLocation.parse(url, System.getenv()).connect("hwnas-test"); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            s.execute("CREATE SCHEMA " + name);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Test
    void theConsoleReadsASharedStudyByUrlAndRegisteredName(@TempDir Path dir) throws Exception {
        String url = freshSchema("hwnas_t_searchui");
        Path file = StudyConsoleModelTest.writeStudy(dir, 24);
        Study study = StudyReader.read(file);
        Worker.Result worked;
        try (PgTrialStore store = PgTrialStore.open(PgLocation.parse(url, Map.copyOf(System.getenv())), "hwnas-test", true)) {
            StudyRecord r = store.register(study, "watched", file, Files.readString(file), StudySettings.DEFAULT, true);
            worked = new Worker(store.location(), r, study, 2, ProgressListener.NONE).run();
        }
        assertThat(worked.evaluated()).isEqualTo(24);

        List<Trial> read = TrialStoreReader.read(study, url, "watched");
        assertThat(read).hasSize(24);
        assertThat(read).extracting(Trial::number).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 24).boxed().toList()); // no gaps, no duplicates
        assertThat(read).allSatisfy(t -> assertThat(t.measures()).containsKey("accuracy"));
        StudySnapshot snap = TrialStoreReader.snapshot(study, url, "watched");
        assertThat(snap.done()).isEqualTo(24);
        assertThat(snap.trials()).hasSize(24);
        assertThat(Files.exists(study.storeFile())).isFalse(); // watching a shared study writes no SQLite file

        // the default name is the document's study name, which is not registered here
        assertThatThrownBy(() -> TrialStoreReader.read(study, url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no study '" + study.name() + "' in ");
    }

    @Test
    void anUnreachableServerIsOneLineWithoutThePassword(@TempDir Path dir) throws Exception {
        Study study = StudyReader.read(StudyConsoleModelTest.writeStudy(dir, 24));
        assertThatThrownBy(() -> TrialStoreReader.read(study, "postgresql://u:secret@127.0.0.1:1/db?connectTimeout=2", "x"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to postgresql://127.0.0.1:1/db")
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("\n");
    }
}
