package org.hwnas.searchui.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.store.SqliteTrialStore;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Study;

/**
 * Reads a study's trial store (the SQLite file next to the document) without creating it: the console
 * watches a study whoever runs it (the IDE or {@code hwnas search} in a terminal). SQLite's WAL mode lets
 * it read while a run writes.
 */
public final class TrialStoreReader {

    private TrialStoreReader() {
    }

    /** The stored trials; empty when there is no store yet. A store of another study version is refused. */
    public static List<Trial> read(Study study) throws StoreException {
        Path file = study.storeFile();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return List.of();
            }
        } catch (java.io.IOException e) {
            throw new StoreException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
        try (SqliteTrialStore store = SqliteTrialStore.open(file, study.space(), study.fingerprint(), true)) {
            return store.trials(study.space(), new FitnessFunction(study.objectives(), study.constraints()));
        }
    }

    public static StudySnapshot snapshot(Study study) throws StoreException {
        return new StudySnapshot(study, read(study));
    }
}
