package org.hwnas.search.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.hwnas.search.spi.TrialStoreProvider;
import org.openide.util.lookup.ServiceProvider;

/**
 * The embedded store: a file path ({@code nb201.hwsearch.db}). It accepts every location that is not a
 * URL ({@code scheme://...}), so URLs are left to the providers of their scheme. One study per file: the
 * study name is not checked, the fingerprint is.
 */
@ServiceProvider(service = TrialStoreProvider.class)
public final class SqliteTrialStoreProvider implements TrialStoreProvider {
    public static final String ID = "sqlite";
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String locationHint() {
        return "a trial database file (STUDY.hwsearch.db)";
    }

    @Override
    public boolean accepts(String location) {
        return !location.isBlank() && !URL.matcher(location).matches();
    }

    @Override
    public TrialStore openReadOnly(String location, String study, JsonNode fingerprint) throws StoreException {
        Path file;
        try {
            file = Path.of(location);
        } catch (InvalidPathException e) {
            throw new StoreException("'" + location + "' is not a file path: " + e.getReason());
        }
        return SqliteTrialStore.openReadOnly(file, fingerprint);
    }
}
