package org.hwnas.distributed;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests: {@code HWNAS_PG_URL} (+ PGUSER/PGPASSWORD), as exported by
 * {@code scripts/pg-server.sh start} (scripts/test-all.sh does it). Without it the server tests are
 * skipped, unless {@code HWNAS_PG_REQUIRED=1} (CI), where that is a failure. Each test class works in
 * a schema of its own, dropped and created afresh, so runs do not see each other.
 */
final class PgServer {
    private PgServer() {
    }

    static String url() {
        String url = System.getenv("HWNAS_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("HWNAS_PG_REQUIRED"))) {
                fail("HWNAS_PG_REQUIRED=1 but HWNAS_PG_URL is not set (start the server with scripts/pg-server.sh start)");
            }
            Assumptions.abort("no PostgreSQL server: set HWNAS_PG_URL (scripts/pg-server.sh start)");
        }
        return url;
    }

    /** A URL whose tables live in a fresh schema {@code name}. */
    static String freshSchema(String name) throws Exception {
        String url = url();
        PgLocation base = PgLocation.parse(url, System.getenv());
        try (Connection c = base.connect("hwnas-test"); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            s.execute("CREATE SCHEMA " + name);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    static PgLocation location(String url) throws Exception {
        return PgLocation.parse(url, Map.copyOf(System.getenv()));
    }
}
