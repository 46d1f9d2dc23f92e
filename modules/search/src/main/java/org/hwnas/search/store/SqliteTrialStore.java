package org.hwnas.search.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.Trial;
import org.hwnas.search.api.TrialStatus;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.study.Fingerprints;

/**
 * The trial database next to a study document: SQLite in WAL mode, one transaction per trial
 * ({@code synchronous=NORMAL}: a committed trial survives kill -9 of the process; only a power cut may
 * lose the last ones). Readers (a UI watching a CLI run) can open it at the same time.
 * <p>Tables: {@code meta(key, value)} with the schema tag and the study fingerprint;
 * {@code trials(number, batch, batch_size, candidate, encoding, status, measures, objectives,
 * violation, error, eval_ms, finished_at)} with measures and objectives as JSON.
 */
public final class SqliteTrialStore implements TrialStore {
    static final String SCHEMA = "hwnas-trials/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final Connection db;
    private final SearchSpace space;
    private final boolean readOnly;

    private SqliteTrialStore(Path file, Connection db, SearchSpace space) {
        this(file, db, space, false);
    }

    private SqliteTrialStore(Path file, Connection db, SearchSpace space, boolean readOnly) {
        this.file = file;
        this.db = db;
        this.space = space;
        this.readOnly = readOnly;
    }

    /**
     * Opens an existing store for reading only (a watcher: the IDE console, {@code hwnas report}); nothing
     * is created or changed, and {@link #append} is refused. The connection is read-only, so it can read
     * while a run writes (WAL).
     *
     * @param fingerprint when not null, a store written for a different study is refused, listing what changed
     */
    public static SqliteTrialStore openReadOnly(Path file, JsonNode fingerprint) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file.getFileName() + " does not exist (no trials yet?)");
        }
        Connection db;
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(5000);
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + ": cannot open: " + firstLine(e.getMessage()), e);
        }
        SqliteTrialStore store = new SqliteTrialStore(file, db, null, true);
        try {
            store.checkTables();
            if (fingerprint != null) {
                List<String> changes = Fingerprints.diff(JSON.readTree(store.meta("fingerprint")), fingerprint);
                if (!changes.isEmpty()) {
                    throw new StoreException(file.getFileName() + " holds the trials of another version of the study. Changed: "
                            + String.join("; ", changes));
                }
            }
            return store;
        } catch (StoreException e) {
            store.closeQuietly();
            throw e;
        } catch (SQLException | IOException e) {
            store.closeQuietly();
            throw new StoreException(file.getFileName() + ": not a readable trial database (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * Opens (or creates) the store for a study with this fingerprint.
     *
     * @param resume false refuses a store that already holds trials; true refuses one whose stored
     *               fingerprint differs, listing what changed
     */
    public static SqliteTrialStore open(Path file, SearchSpace space, JsonNode fingerprint, boolean resume) throws StoreException {
        boolean existed = Files.exists(file);
        Connection db = connect(file);
        SqliteTrialStore store = new SqliteTrialStore(file, db, space);
        try {
            if (existed && Files.size(file) > 0) {
                store.checkOurs();
                int n = store.count();
                if (!resume && n > 0) {
                    throw new StoreException(file.getFileName() + " already holds " + n
                            + " trials of this study; run with --resume to continue, or delete it to start over");
                }
                JsonNode stored = JSON.readTree(store.meta("fingerprint"));
                List<String> changes = Fingerprints.diff(stored, fingerprint);
                if (!changes.isEmpty()) {
                    throw new StoreException("the study changed since " + file.getFileName() + " was written; refusing to "
                            + (resume ? "resume" : "reuse it") + ". Changed: " + String.join("; ", changes)
                            + " (restore the document, or delete the database to start over)");
                }
            } else {
                store.create(fingerprint);
            }
            return store;
        } catch (StoreException e) {
            store.closeQuietly();
            throw e;
        } catch (SQLException | IOException e) {
            store.closeQuietly();
            throw new StoreException(file.getFileName() + ": not a readable trial database (" + firstLine(e.getMessage())
                    + "); it was left untouched", e);
        }
    }

    private static Connection connect(Path file) throws StoreException {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + ": cannot open: " + firstLine(e.getMessage()), e);
        }
    }

    private void checkOurs() throws SQLException, StoreException {
        checkTables();
        pragmas();
    }

    private void checkTables() throws SQLException, StoreException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('meta','trials')")) {
            if (!rs.next() || rs.getInt(1) != 2) {
                throw new StoreException(file.getFileName() + " is an SQLite database but not a HW-NAS trial store; it was left untouched");
            }
        }
        String schema = meta("schema");
        if (!SCHEMA.equals(schema)) {
            throw new StoreException(file.getFileName() + ": trial store version '" + schema + "', this build reads " + SCHEMA);
        }
    }

    private void create(JsonNode fingerprint) throws SQLException {
        pragmas();
        try (Statement s = db.createStatement()) {
            s.executeUpdate("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.executeUpdate("CREATE TABLE trials(number INTEGER PRIMARY KEY, batch INTEGER NOT NULL, batch_size INTEGER NOT NULL,"
                    + " candidate TEXT NOT NULL, encoding TEXT NOT NULL, status TEXT NOT NULL, measures TEXT NOT NULL,"
                    + " objectives TEXT NOT NULL, violation REAL, error TEXT, eval_ms REAL NOT NULL, finished_at INTEGER NOT NULL)");
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?)")) {
            for (String[] kv : new String[][] {{"schema", SCHEMA}, {"fingerprint", fingerprint.toString()},
                {"created", java.time.Instant.now().toString()}}) {
                p.setString(1, kv[0]);
                p.setString(2, kv[1]);
                p.executeUpdate();
            }
        }
    }

    private void pragmas() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=5000");
        }
    }

    private String meta(String key) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private int count() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM trials")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public synchronized List<Trial> trials(SearchSpace space, FitnessFunction fitness) throws StoreException {
        List<Trial> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT number, batch, batch_size, candidate, status, measures, error, eval_ms, finished_at"
                     + " FROM trials ORDER BY number")) {
            while (rs.next()) {
                int number = rs.getInt(1);
                Architecture a;
                try {
                    a = space.parse(rs.getString(4));
                } catch (IllegalArgumentException e) {
                    throw new StoreException(file.getFileName() + ": trial " + number + ": " + e.getMessage());
                }
                TrialStatus status = TrialStatus.valueOf(rs.getString(5));
                Map<String, Double> measures = new LinkedHashMap<>();
                JsonNode m = JSON.readTree(rs.getString(6));
                for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    measures.put(e.getKey(), e.getValue().asDouble());
                }
                out.add(new Trial(number, rs.getInt(2), rs.getInt(3), a, status, measures,
                        fitness.of(status, measures), rs.getString(7), rs.getDouble(8), rs.getLong(9)));
            }
        } catch (SQLException | IOException | IllegalArgumentException e) {
            throw new StoreException(file.getFileName() + ": cannot read trials: " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    @Override
    public synchronized void append(Trial t) throws StoreException {
        if (readOnly) {
            throw new StoreException(file.getFileName() + " is open read-only here: the run that owns it records its trials");
        }
        ObjectNode measures = JSON.createObjectNode();
        t.measures().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> measures.put(e.getKey(), e.getValue()));
        ArrayNode objectives = JSON.createArrayNode();
        for (int i = 0; i < t.fitness().dimensions(); i++) {
            double v = t.fitness().get(i);
            if (Double.isFinite(v)) {
                objectives.add(v);
            } else {
                objectives.addNull();
            }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO trials(number, batch, batch_size, candidate, encoding, status,"
                + " measures, objectives, violation, error, eval_ms, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setInt(1, t.number());
            p.setInt(2, t.batch());
            p.setInt(3, t.batchSize());
            p.setString(4, t.candidate().text());
            p.setString(5, encoding(t));
            p.setString(6, t.status().name());
            p.setString(7, measures.toString());
            p.setString(8, objectives.toString());
            if (Double.isFinite(t.fitness().violation())) {
                p.setDouble(9, t.fitness().violation());
            } else {
                p.setNull(9, java.sql.Types.REAL);
            }
            p.setString(10, t.error());
            p.setDouble(11, t.evalMillis());
            p.setLong(12, t.finishedAt());
            p.executeUpdate(); // autocommit: one transaction per trial
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + ": cannot store trial " + t.number() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The space's gene vector, as a JSON array, for tools that read the store without our code. */
    private String encoding(Trial t) {
        if (space == null) {
            return "[]";
        }
        return java.util.Arrays.toString(space.encode(t.candidate())).replace(" ", "");
    }

    private void closeQuietly() {
        try {
            db.close();
        } catch (SQLException e) {
            // nothing more to report: the original problem is what the user needs
        }
    }

    @Override
    public synchronized void close() throws StoreException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + ": cannot close: " + firstLine(e.getMessage()), e);
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
