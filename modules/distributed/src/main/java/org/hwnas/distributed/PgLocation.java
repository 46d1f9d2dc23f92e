package org.hwnas.distributed;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.hwnas.search.store.StoreException;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Where a shared trial store lives: {@code postgresql://[user[:password]@]host[:port][/database][?param=value&...]}.
 * <p>Credentials never come from a study document: the user is the URL's, else {@code PGUSER}, else the
 * login name; the password is the URL's, else {@code PGPASSWORD}, else the matching line of
 * {@code PGPASSFILE} / {@code ~/.pgpass} (read by the driver's own parser). Every query parameter
 * ({@code sslmode=require}, {@code sslrootcert}, {@code currentSchema}, ...) passes through to the driver.
 *
 * @param params driver properties from the query string, credentials excluded
 */
public record PgLocation(String host, int port, String database, String user, String password, Map<String, String> params) {

    public static final int DEFAULT_PORT = 5432;

    public PgLocation {
        params = Map.copyOf(params);
    }

    /** True for the URLs this class reads (so a caller can tell them from a file path). */
    public static boolean looksLikeUrl(String s) {
        return s.startsWith("postgresql://") || s.startsWith("postgres://") || s.startsWith("jdbc:postgresql://");
    }

    /** Parses a URL, taking missing credentials from {@code env} (PGUSER, PGPASSWORD) and the pgpass file. */
    public static PgLocation parse(String url, Map<String, String> env) throws StoreException {
        String u = url.startsWith("jdbc:") ? url.substring(5) : url;
        if (!looksLikeUrl(u)) {
            throw new StoreException("--storage: expected postgresql://[user[:password]@]host[:port]/database, got '" + redact(url) + "'");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new StoreException("--storage: not a valid URL (" + e.getReason() + "): '" + redact(url) + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new StoreException("--storage: the URL names no host: '" + redact(url) + "'");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        Map<String, String> params = new TreeMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String kv : query.split("&")) {
                if (kv.isEmpty()) {
                    continue;
                }
                int eq = kv.indexOf('=');
                String k = decode(eq < 0 ? kv : kv.substring(0, eq));
                String v = eq < 0 ? "" : decode(kv.substring(eq + 1));
                params.put(k, v);
            }
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        user = first(user, params.remove("user"), env.get("PGUSER"), System.getProperty("user.name"));
        password = first(password, params.remove("password"), env.get("PGPASSWORD"));
        if (database.isEmpty()) {
            database = first(env.get("PGDATABASE"), user);
        }
        if (password == null) {
            password = PgPassParser.getPassword(host, Integer.toString(port), database, user);
        }
        return new PgLocation(host, port, database, user, password, params);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The URL with any password masked, for messages. */
    public static String redact(String url) {
        return url.replaceAll("(://[^:/@]*:)[^@/]*@", "$1***@");
    }

    /** How messages name the store: never with the password. */
    public String display() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + h + ":" + port + "/" + database;
    }

    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** Driver properties: the URL's parameters, the credentials, and short timeouts for clear failures. */
    Properties properties(String applicationName) {
        Properties p = new Properties();
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "0");
        p.setProperty("ApplicationName", applicationName);
        params.forEach(p::setProperty);
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    /**
     * Opens a connection; a refused connection, a wrong password or a missing database becomes one
     * clear line naming the server (never the password).
     */
    public Connection connect(String applicationName) throws StoreException {
        try {
            return DriverManager.getConnection(jdbcUrl(), properties(applicationName));
        } catch (SQLException e) {
            throw new StoreException(connectMessage(e), e);
        }
    }

    String connectMessage(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = firstLine(e.getMessage());
        String hint = switch (state) {
            case "28P01", "28000" -> " (the password comes from the URL, PGPASSWORD or ~/.pgpass; user '" + user + "')";
            case "08001", "08004", "08006" -> " (is the server running, and reachable from here?)";
            default -> "";
        };
        return "cannot connect to " + display() + ": " + msg + hint;
    }

    static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    @Override
    public String toString() {
        return display(); // never print the password by accident
    }
}
