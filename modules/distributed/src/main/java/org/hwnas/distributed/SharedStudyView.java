package org.hwnas.distributed;

import java.util.List;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;

/**
 * A shared study seen through the search module's {@link TrialStore}: what a watcher (the IDE's search
 * console, {@code hwnas report}-like tools) reads while workers run. Read-only: trials are recorded by
 * workers only, so {@link #append} is refused. Open with {@link #open}; {@link #rows()} adds the
 * pending and running trials.
 */
public final class SharedStudyView implements TrialStore {
    private final PgTrialStore store;
    private final StudyRecord study;

    private SharedStudyView(PgTrialStore store, StudyRecord study) {
        this.store = store;
        this.study = study;
    }

    /** Opens study {@code name} at {@code url} ({@code postgresql://...}; credentials as for workers). */
    public static SharedStudyView open(String url, String name) throws StoreException {
        PgTrialStore store = PgTrialStore.open(PgLocation.parse(url, System.getenv()), "hwnas-watch", false);
        try {
            return new SharedStudyView(store, store.study(name));
        } catch (StoreException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Opens study {@code name} at {@code url} and, when {@code fingerprint} is not null, refuses it if it
     * was registered from a different definition (listing the changes): a report must describe the
     * document it was asked about.
     */
    public static SharedStudyView open(String url, String name, com.fasterxml.jackson.databind.JsonNode fingerprint) throws StoreException {
        SharedStudyView view = open(url, name);
        if (fingerprint == null) {
            return view;
        }
        try {
            java.util.List<String> changes = org.hwnas.search.study.Fingerprints.diff(
                    TrialRows.JSON.readTree(view.study.fingerprint()), fingerprint);
            if (!changes.isEmpty()) {
                throw new StoreException("study '" + name + "' in " + view.store.location().display()
                        + " was registered with a different definition. Changed: " + String.join("; ", changes));
            }
            return view;
        } catch (StoreException e) {
            view.close();
            throw e;
        } catch (java.io.IOException e) {
            view.close();
            throw new StoreException("study '" + name + "': stored fingerprint is not JSON", e);
        }
    }

    public StudyRecord study() {
        return study;
    }

    @Override
    public synchronized List<Trial> trials(SearchSpace space, FitnessFunction fitness) throws StoreException {
        return store.finished(study, space, fitness);
    }

    /** Every row, pending and running trials included, without parsing candidates. */
    public synchronized List<StoredTrial> rows() throws StoreException {
        return store.rows(study);
    }

    public synchronized StudySummary summary() throws StoreException {
        return store.summary(study);
    }

    @Override
    public void append(Trial trial) throws StoreException {
        throw new StoreException("the shared study '" + study.name() + "' is read-only here: workers record its trials");
    }

    @Override
    public void close() {
        store.close();
    }
}
