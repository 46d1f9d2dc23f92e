package org.hwnas.search.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.hwnas.search.spi.TrialStoreProvider;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.hwnas.search.study.Study;

/**
 * Opens a study's trials for reading wherever they live: a SQLite file path, or the URL of any
 * registered {@link TrialStoreProvider} ({@code postgresql://...} with modules/distributed on the class
 * path). Watchers use this so they need not know which store a study runs in.
 */
public final class TrialStores {
    private TrialStores() {
    }

    /** Every registered provider, sorted by id. */
    public static List<TrialStoreProvider> providers() {
        return Services.all(TrialStoreProvider.class, TrialStoreProvider::id);
    }

    /** The provider that reads {@code location}, or a one-line error naming the kinds of location known. */
    public static TrialStoreProvider provider(String location) throws StoreException {
        if (location == null || location.isBlank()) {
            throw new StoreException("no trial store location given");
        }
        for (TrialStoreProvider p : providers()) {
            if (p.accepts(location)) {
                return p;
            }
        }
        throw new StoreException("no trial store reads '" + redact(location) + "' (known: "
                + providers().stream().map(TrialStoreProvider::locationHint).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * The trials of study {@code study} at {@code location}, read-only.
     *
     * @param fingerprint {@link Study#fingerprint()} of the document the caller holds, so a store of a
     *                    changed study is refused with the list of changes; null to skip the check
     */
    public static TrialStore openReadOnly(String location, String study, JsonNode fingerprint) throws StoreException {
        return provider(location).openReadOnly(location, study, fingerprint);
    }

    /**
     * The trials of {@code study}: at {@code location} (under the study's name) when given, else in the
     * SQLite file next to its document. The study's fingerprint is checked.
     */
    public static TrialStore openReadOnly(Study study, String location) throws StoreException {
        String where = location == null ? study.storeFile().toString() : location;
        return openReadOnly(where, study.name(), study.fingerprint());
    }

    /** A location fit for messages: a password in {@code scheme://user:password@host} is hidden. */
    static String redact(String location) {
        return location.replaceAll("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@", "$1:***@");
    }
}
