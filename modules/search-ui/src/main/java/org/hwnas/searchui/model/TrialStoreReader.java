package org.hwnas.searchui.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStores;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.hwnas.search.study.Study;

/**
 * Reads a study's trials without creating anything, through {@link TrialStores}: the SQLite file next to
 * the document, or a shared store ({@code postgresql://host/db}) where the study is registered. The
 * console watches a study whoever runs it (the IDE, {@code hwnas search}, {@code hwnas worker}s on other
 * machines). SQLite's WAL mode lets it read while a run writes.
 */
public final class TrialStoreReader {

    private TrialStoreReader() {
    }

    /** The trials in the SQLite file next to the document; empty when there is no store yet. */
    public static List<Trial> read(Study study) throws StoreException {
        return read(study, null);
    }

    /**
     * The stored trials of {@code study} at {@code location} (null: the SQLite file next to the document,
     * where a missing or empty file means "no trials yet"). A store of another study version is refused.
     */
    public static List<Trial> read(Study study, String location) throws StoreException {
        return read(study, location, null);
    }

    /**
     * As {@link #read(Study, String)}, for a shared store where the study was registered under
     * {@code registeredName} ({@code hwnas study create --name}); null: the document's study name.
     */
    public static List<Trial> read(Study study, String location, String registeredName) throws StoreException {
        if (location == null && !sqliteStoreExists(study.storeFile())) {
            return List.of();
        }
        String where = location == null ? study.storeFile().toString() : location;
        String name = registeredName == null || registeredName.isBlank() ? study.name() : registeredName;
        try (TrialStore store = TrialStores.openReadOnly(where, name, study.fingerprint())) {
            return store.trials(study.space(), new FitnessFunction(study.objectives(), study.constraints()));
        }
    }

    public static StudySnapshot snapshot(Study study) throws StoreException {
        return snapshot(study, null);
    }

    public static StudySnapshot snapshot(Study study, String location) throws StoreException {
        return snapshot(study, location, null);
    }

    public static StudySnapshot snapshot(Study study, String location, String registeredName) throws StoreException {
        return new StudySnapshot(study, read(study, location, registeredName));
    }

    private static boolean sqliteStoreExists(Path file) throws StoreException {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (java.io.IOException e) {
            throw new StoreException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
    }
}
