package org.hwnas.search.spi;

import com.fasterxml.jackson.databind.JsonNode;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;

/**
 * A kind of place where a study's trials live: the SQLite file next to a study document, a shared
 * PostgreSQL database, ... Found through the default Lookup ({@code @ServiceProvider}); callers go
 * through {@link org.hwnas.search.api.TrialStores}, which picks the provider that accepts a location.
 * <p>This SPI only <em>reads</em>: it is what watchers (the IDE's search console, {@code hwnas report})
 * need, whoever runs the study. Writing stays with the code that runs studies, which knows its store.
 */
public interface TrialStoreProvider {

    /** Stable short id for messages and ordering ({@code sqlite}, {@code postgresql}). */
    String id();

    /** What locations look like, for messages ({@code postgresql://host[:port]/database}). */
    String locationHint();

    /** True if this provider reads {@code location}; cheap, no I/O. Providers must not overlap. */
    boolean accepts(String location);

    /**
     * Opens a study's trials for reading; {@link TrialStore#append} on the result is refused.
     * Nothing is created: a missing store or study is a {@link StoreException}.
     *
     * @param location    a location this provider {@link #accepts}
     * @param study       the study's name (stores that hold one study per location may ignore it)
     * @param fingerprint the study document's fingerprint ({@code Study.fingerprint()}); when not null, a
     *                    store of a different study definition is refused, listing what changed; null
     *                    reads whatever is stored
     */
    TrialStore openReadOnly(String location, String study, JsonNode fingerprint) throws StoreException;
}
