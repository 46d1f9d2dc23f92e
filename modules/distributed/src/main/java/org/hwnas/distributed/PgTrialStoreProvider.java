package org.hwnas.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import org.hwnas.search.spi.TrialStoreProvider;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.store.TrialStore;
import org.openide.util.lookup.ServiceProvider;

/**
 * Shared studies in PostgreSQL ({@code postgresql://...}, {@code postgres://}, {@code jdbc:postgresql://}),
 * opened read-only as a {@link SharedStudyView}: what {@code TrialStores.openReadOnly} returns for such a
 * URL. Credentials as for workers (URL, PGUSER/PGPASSWORD, ~/.pgpass).
 */
@ServiceProvider(service = TrialStoreProvider.class)
public final class PgTrialStoreProvider implements TrialStoreProvider {
    public static final String ID = "postgresql";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String locationHint() {
        return "postgresql://[user[:password]@]host[:port]/database";
    }

    @Override
    public boolean accepts(String location) {
        return PgLocation.looksLikeUrl(location);
    }

    @Override
    public TrialStore openReadOnly(String location, String study, JsonNode fingerprint) throws StoreException {
        return SharedStudyView.open(location, study, fingerprint);
    }
}
