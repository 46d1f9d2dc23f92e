package org.hwnas.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hwnas.arch.Architecture;
import org.hwnas.search.api.TrialStatus;
import org.hwnas.search.api.Trial;
import org.hwnas.search.run.FitnessFunction;
import org.hwnas.search.run.ResumeException;
import org.hwnas.search.spi.SearchSpace;
import org.hwnas.search.store.StoreException;
import org.hwnas.search.study.Fingerprints;
import org.hwnas.search.study.Study;

/**
 * A trial store shared by many processes on many machines: PostgreSQL, with the database's
 * transactions as the only coordination. One instance holds one connection and is used by one thread
 * at a time (workers open one per thread).
 * <p><b>Schema</b> ({@value #SCHEMA}, in the connection's current schema): {@code hwnas_meta(key, value)};
 * {@code hwnas_studies} (name, document, fingerprint, budget, batch, retry settings, state);
 * {@code hwnas_trials} (study, number, batch, batch_size, candidate, encoding, status PENDING / RUNNING /
 * OK / FAILED, attempts, worker, heartbeat, measures, objectives, violation, error, eval_ms,
 * finished_at); {@code hwnas_attempts} (every attempt of a trial and how it ended: ok, failed, lost).
 * <p><b>Work.</b> Candidates are inserted as PENDING by whoever needs work when the last batch is
 * complete ({@link #propose}, under a transaction-scoped advisory lock per study); workers claim one
 * with {@code FOR UPDATE SKIP LOCKED} ({@link #claim}), so a candidate is never handed out twice; a
 * result is accepted only from the claim's holder and attempt ({@link #record}).
 */
public final class PgTrialStore implements AutoCloseable {
    public static final String SCHEMA = "hwnas-pg/1";
    /** First key of our advisory locks ('hwna'); the second is the study id (0: schema creation). */
    private static final int LOCK_CLASS = 0x68776e61;

    private final PgLocation location;
    private final Connection db;

    private PgTrialStore(PgLocation location, Connection db) {
        this.location = location;
        this.db = db;
    }

    /**
     * Connects and checks the schema.
     *
     * @param create true creates the tables in an empty database; false refuses a database without them
     */
    public static PgTrialStore open(PgLocation location, String applicationName, boolean create) throws StoreException {
        Connection db = location.connect(applicationName);
        PgTrialStore store = new PgTrialStore(location, db);
        try {
            store.checkSchema(create);
            return store;
        } catch (StoreException e) {
            store.closeQuietly();
            throw e;
        } catch (SQLException e) {
            store.closeQuietly();
            throw store.failure("cannot open the trial store", e);
        }
    }

    public PgLocation location() {
        return location;
    }

    private void checkSchema(boolean create) throws SQLException, StoreException {
        String found = schemaTag();
        if (found == null && create) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", 0)"); // two creators: one wins, one sees it done
                if (schemaTag() == null) {
                    s.executeUpdate("CREATE TABLE hwnas_meta(key text PRIMARY KEY, value text NOT NULL)");
                    s.executeUpdate("CREATE TABLE hwnas_studies(id serial PRIMARY KEY, name text NOT NULL UNIQUE,"
                            + " document_path text NOT NULL, document text NOT NULL, fingerprint text NOT NULL,"
                            + " budget_trials integer NOT NULL, batch integer NOT NULL, max_retries integer NOT NULL,"
                            + " heartbeat_timeout_ms integer NOT NULL, state text NOT NULL DEFAULT 'running',"
                            + " created_at timestamptz NOT NULL DEFAULT now())");
                    s.executeUpdate("CREATE TABLE hwnas_trials(study_id integer NOT NULL REFERENCES hwnas_studies ON DELETE CASCADE,"
                            + " number integer NOT NULL, batch integer NOT NULL, batch_size integer NOT NULL, candidate text NOT NULL,"
                            + " encoding text NOT NULL, status text NOT NULL, attempts integer NOT NULL DEFAULT 0, worker text,"
                            + " started_at timestamptz, heartbeat_at timestamptz, measures text, objectives text,"
                            + " violation double precision, error text, eval_ms double precision, finished_at bigint,"
                            + " PRIMARY KEY(study_id, number))");
                    s.executeUpdate("CREATE INDEX hwnas_trials_open ON hwnas_trials(study_id, status, number)");
                    s.executeUpdate("CREATE TABLE hwnas_attempts(study_id integer NOT NULL REFERENCES hwnas_studies ON DELETE CASCADE,"
                            + " number integer NOT NULL, attempt integer NOT NULL, worker text, started_at timestamptz,"
                            + " ended_at timestamptz NOT NULL DEFAULT now(), outcome text NOT NULL, error text,"
                            + " PRIMARY KEY(study_id, number, attempt))");
                    try (PreparedStatement p = db.prepareStatement("INSERT INTO hwnas_meta(key, value) VALUES ('schema', ?), ('created', now()::text)")) {
                        p.setString(1, SCHEMA);
                        p.executeUpdate();
                    }
                }
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
            found = schemaTag();
        }
        if (found == null) {
            throw new StoreException(location.display() + " holds no HW-NAS studies (register one with: hwnas study create STUDY --storage URL)");
        }
        if (!SCHEMA.equals(found)) {
            throw new StoreException(location.display() + " holds a trial store of version '" + found + "', this build reads '"
                    + SCHEMA + "' (use another database or schema, or the matching hwnas version)");
        }
    }

    /** The stored schema tag, or null when our tables do not exist here. */
    private String schemaTag() throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('hwnas_meta') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return null;
            }
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM hwnas_meta WHERE key = 'schema'")) {
            return rs.next() ? rs.getString(1) : "(none)";
        }
    }

    // ---------------------------------------------------------------- studies

    /**
     * Registers a study, or checks it against the registered one of the same name: a changed identity
     * is refused listing the changes; the budget and the failure settings may change.
     *
     * @param refuseIfStarted refuse a study that already holds finished trials (a run without --resume)
     */
    public StudyRecord register(Study study, String name, Path documentPath, String document, StudySettings settings,
                                boolean refuseIfStarted) throws StoreException {
        try {
            StudyRecord existing = find(name);
            if (existing == null) {
                try (PreparedStatement p = db.prepareStatement("INSERT INTO hwnas_studies(name, document_path, document, fingerprint,"
                        + " budget_trials, batch, max_retries, heartbeat_timeout_ms) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (name) DO NOTHING")) {
                    p.setString(1, name);
                    p.setString(2, documentPath.toAbsolutePath().normalize().toString());
                    p.setString(3, document);
                    p.setString(4, study.fingerprint().toString());
                    p.setInt(5, study.budget().trials());
                    p.setInt(6, study.batch());
                    p.setInt(7, settings.maxRetries());
                    p.setInt(8, settings.heartbeatTimeoutMs());
                    p.executeUpdate();
                }
                existing = find(name);
                if (existing.fingerprint().equals(study.fingerprint().toString())) {
                    return existing;
                }
            }
            JsonNode stored = TrialRows.JSON.readTree(existing.fingerprint());
            List<String> changes = Fingerprints.diff(stored, study.fingerprint());
            if (!changes.isEmpty()) {
                throw new StoreException("study '" + name + "' in " + location.display() + " was registered with a different definition;"
                        + " refusing to use it. Changed: " + String.join("; ", changes)
                        + " (restore the document, register it under another name, or delete it with hwnas study delete)");
            }
            int done = summary(existing).finished();
            if (refuseIfStarted && done > 0) {
                throw new StoreException("study '" + name + "' in " + location.display() + " already holds " + done
                        + " trials; run with --resume to continue, or delete it with hwnas study delete");
            }
            try (PreparedStatement p = db.prepareStatement("UPDATE hwnas_studies SET budget_trials = ?, max_retries = ?,"
                    + " heartbeat_timeout_ms = ?, state = CASE WHEN budget_trials = ? THEN state ELSE 'running' END WHERE id = ?")) {
                p.setInt(1, study.budget().trials());
                p.setInt(2, settings.maxRetries());
                p.setInt(3, settings.heartbeatTimeoutMs());
                p.setInt(4, study.budget().trials());
                p.setInt(5, existing.id());
                p.executeUpdate();
            }
            return find(name);
        } catch (SQLException | IOException e) {
            throw failure("cannot register study '" + name + "'", e);
        }
    }

    /** The registered study of this name; a missing one is an error that lists the known names. */
    public StudyRecord study(String name) throws StoreException {
        try {
            StudyRecord r = find(name);
            if (r == null) {
                List<String> names = new ArrayList<>();
                for (StudySummary s : studies()) {
                    names.add(s.name());
                }
                throw new StoreException("no study '" + name + "' in " + location.display()
                        + (names.isEmpty() ? " (none registered)" : " (registered: " + String.join(", ", names) + ")"));
            }
            return r;
        } catch (SQLException e) {
            throw failure("cannot read study '" + name + "'", e);
        }
    }

    private StudyRecord find(String name) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT id, name, document_path, document, fingerprint, budget_trials, batch,"
                + " max_retries, heartbeat_timeout_ms, state FROM hwnas_studies WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new StudyRecord(rs.getInt(1), rs.getString(2), Path.of(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getInt(7), new StudySettings(rs.getInt(8), rs.getInt(9)), rs.getString(10));
            }
        }
    }

    /** Every registered study with its progress, by name. */
    public List<StudySummary> studies() throws StoreException {
        List<StudySummary> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.name, s.budget_trials, s.state,"
                     + " count(*) FILTER (WHERE t.status = 'OK'), count(*) FILTER (WHERE t.status = 'FAILED'),"
                     + " count(*) FILTER (WHERE t.status = 'RUNNING'), count(*) FILTER (WHERE t.status = 'PENDING')"
                     + " FROM hwnas_studies s LEFT JOIN hwnas_trials t ON t.study_id = s.id GROUP BY s.id ORDER BY s.name")) {
            while (rs.next()) {
                out.add(new StudySummary(rs.getString(1), rs.getInt(2), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw failure("cannot list studies", e);
        }
        return out;
    }

    public StudySummary summary(StudyRecord study) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("SELECT count(*) FILTER (WHERE status = 'OK'), count(*) FILTER (WHERE status = 'FAILED'),"
                + " count(*) FILTER (WHERE status = 'RUNNING'), count(*) FILTER (WHERE status = 'PENDING') FROM hwnas_trials WHERE study_id = ?")) {
            p.setInt(1, study.id());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new StudySummary(study.name(), study.budgetTrials(), rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), study.state());
            }
        } catch (SQLException e) {
            throw failure("cannot read study '" + study.name() + "'", e);
        }
    }

    /** Removes a study and all its trials; false when there was none. */
    public boolean delete(String name) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("DELETE FROM hwnas_studies WHERE name = ?")) {
            p.setString(1, name);
            return p.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("cannot delete study '" + name + "'", e);
        }
    }

    // ---------------------------------------------------------------- reading (watchers)

    /** Every trial row of a study in number order, pending and running ones included (no space needed). */
    public List<StoredTrial> rows(StudyRecord study) throws StoreException {
        List<StoredTrial> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT number, batch, batch_size, candidate, status, attempts, worker, measures,"
                + " error, eval_ms, finished_at FROM hwnas_trials WHERE study_id = ? ORDER BY number")) {
            p.setInt(1, study.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredTrial(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getString(7), TrialRows.measures(rs.getString(8)), rs.getString(9), rs.getDouble(10), rs.getLong(11)));
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("cannot read the trials of '" + study.name() + "'", e);
        }
        return out;
    }

    /** Finished trials (OK and FAILED) in number order, parsed by {@code space}, fitness recomputed. */
    public List<Trial> finished(StudyRecord study, SearchSpace space, FitnessFunction fitness) throws StoreException {
        return finishedFrom(study, 0, space, fitness);
    }

    private List<Trial> finishedFrom(StudyRecord study, int fromBatch, SearchSpace space, FitnessFunction fitness) throws StoreException {
        List<Trial> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT number, batch, batch_size, candidate, status, measures, error, eval_ms,"
                + " finished_at FROM hwnas_trials WHERE study_id = ? AND batch >= ? AND status IN ('OK', 'FAILED') ORDER BY number")) {
            p.setInt(1, study.id());
            p.setInt(2, fromBatch);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int number = rs.getInt(1);
                    Architecture a;
                    try {
                        a = space.parse(rs.getString(4));
                    } catch (IllegalArgumentException e) {
                        throw new StoreException(location.display() + ": study '" + study.name() + "' trial " + number + ": " + e.getMessage());
                    }
                    TrialStatus status = TrialStatus.valueOf(rs.getString(5));
                    Map<String, Double> measures = TrialRows.measures(rs.getString(6));
                    out.add(new Trial(number, rs.getInt(2), rs.getInt(3), a, status, measures, fitness.of(status, measures),
                            rs.getString(7), rs.getDouble(8), rs.getLong(9)));
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("cannot read the trials of '" + study.name() + "'", e);
        }
        return out;
    }

    // ---------------------------------------------------------------- work

    /** What {@link #propose} did. */
    public enum Proposal {
        /** A new batch of pending trials was inserted. */
        ADDED,
        /** Trials of the current batch are still pending or running: claim or wait. */
        BUSY,
        /** The budget is spent and every trial finished. */
        DONE,
        /** The engine can propose nothing more and every trial finished. */
        EXHAUSTED
    }

    /**
     * When the current batch is complete, brings {@code cursor} up to date with the store and inserts
     * the engine's next batch as pending trials. Runs under a transaction-scoped advisory lock on the
     * study, so exactly one process proposes each batch; the others find it and claim from it.
     */
    Proposal propose(StudyRecord study, EngineCursor cursor, SearchSpace space, FitnessFunction fitness)
            throws StoreException, ResumeException {
        if (openTrials(study) > 0) {
            return Proposal.BUSY; // without the lock: many waiting workers must not queue on it (re-checked under it below)
        }
        try {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK_CLASS + ", " + study.id() + ")");
            }
            int total;
            int open;
            int budget;
            String state;
            try (PreparedStatement p = db.prepareStatement("SELECT (SELECT count(*) FROM hwnas_trials WHERE study_id = s.id),"
                    + " (SELECT count(*) FROM hwnas_trials WHERE study_id = s.id AND status IN ('PENDING', 'RUNNING')),"
                    + " s.budget_trials, s.state FROM hwnas_studies s WHERE s.id = ?")) {
                p.setInt(1, study.id());
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("study '" + study.name() + "' was deleted from " + location.display());
                    }
                    total = rs.getInt(1);
                    open = rs.getInt(2);
                    budget = rs.getInt(3);
                    state = rs.getString(4);
                }
            }
            Proposal result;
            if (open > 0) {
                result = Proposal.BUSY;
            } else if (total >= budget) {
                result = Proposal.DONE;
            } else if ("exhausted".equals(state)) {
                result = Proposal.EXHAUSTED;
            } else {
                if (cursor.nextNumber() > total) {
                    cursor.reset(); // the store is behind us (a batch we asked was rolled back): start over
                }
                List<Trial> newer = finishedFrom(study, cursor.nextBatch(), space, fitness);
                int i = 0;
                while (i < newer.size()) {
                    int b = newer.get(i).batch();
                    int j = i;
                    while (j < newer.size() && newer.get(j).batch() == b) {
                        j++;
                    }
                    cursor.replay(b, newer.subList(i, j));
                    i = j;
                }
                int k = Math.min(study.batch(), budget - total);
                List<Architecture> asked = cursor.ask(k);
                if (asked.isEmpty()) {
                    try (PreparedStatement p = db.prepareStatement("UPDATE hwnas_studies SET state = 'exhausted' WHERE id = ?")) {
                        p.setInt(1, study.id());
                        p.executeUpdate();
                    }
                    result = Proposal.EXHAUSTED;
                } else {
                    insertBatch(study, cursor.nextBatch(), total, asked, space);
                    result = Proposal.ADDED;
                }
            }
            db.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            cursor.reset();
            throw failure("cannot propose trials for '" + study.name() + "'", e);
        } catch (StoreException | ResumeException | RuntimeException e) {
            rollbackQuietly();
            cursor.reset();
            throw e;
        } finally {
            autoCommitQuietly();
        }
    }

    private int openTrials(StudyRecord study) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("SELECT count(*) FROM hwnas_trials WHERE study_id = ? AND status IN ('PENDING', 'RUNNING')")) {
            p.setInt(1, study.id());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("cannot read the trials of '" + study.name() + "'", e);
        }
    }

    private void insertBatch(StudyRecord study, int batch, int first, List<Architecture> asked, SearchSpace space) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO hwnas_trials(study_id, number, batch, batch_size, candidate, encoding,"
                + " status) VALUES (?,?,?,?,?,?,'PENDING')")) {
            for (int k = 0; k < asked.size(); k++) {
                p.setInt(1, study.id());
                p.setInt(2, first + k);
                p.setInt(3, batch);
                p.setInt(4, asked.size());
                p.setString(5, asked.get(k).text());
                p.setString(6, TrialRows.encoding(space.encode(asked.get(k))));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Claims the lowest pending trial for {@code worker}, or null when none is pending. */
    Claim claim(StudyRecord study, String worker) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("UPDATE hwnas_trials SET status = 'RUNNING', attempts = attempts + 1, worker = ?,"
                + " started_at = now(), heartbeat_at = now() WHERE (study_id, number) = (SELECT study_id, number FROM hwnas_trials"
                + " WHERE study_id = ? AND status = 'PENDING' ORDER BY number LIMIT 1 FOR UPDATE SKIP LOCKED)"
                + " RETURNING number, batch, batch_size, candidate, attempts")) {
            p.setString(1, worker);
            p.setInt(2, study.id());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new Claim(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5)) : null;
            }
        } catch (SQLException e) {
            throw failure("cannot claim a trial of '" + study.name() + "'", e);
        }
    }

    /**
     * Records the result of a claimed attempt. False when the claim was taken back meanwhile (the
     * worker missed its heartbeats and the trial was given to another): the result is then dropped,
     * so every trial is recorded exactly once.
     */
    boolean record(StudyRecord study, Claim claim, String worker, Trial t) throws StoreException {
        // one statement, one round trip, atomic: the result and its attempt row, or nothing
        try (PreparedStatement p = db.prepareStatement("WITH u AS (UPDATE hwnas_trials SET status = ?, measures = ?, objectives = ?,"
                + " violation = ?, error = ?, eval_ms = ?, finished_at = ?, heartbeat_at = NULL"
                + " WHERE study_id = ? AND number = ? AND status = 'RUNNING' AND worker = ? AND attempts = ? RETURNING started_at)"
                + " INSERT INTO hwnas_attempts(study_id, number, attempt, worker, started_at, outcome, error)"
                + " SELECT ?, ?, ?, ?, started_at, ?, ? FROM u")) {
            p.setString(1, t.status().name());
            p.setString(2, TrialRows.measures(t.measures()));
            p.setString(3, TrialRows.objectives(t.fitness()));
            if (Double.isFinite(t.fitness().violation())) {
                p.setDouble(4, t.fitness().violation());
            } else {
                p.setNull(4, Types.DOUBLE);
            }
            p.setString(5, t.error());
            p.setDouble(6, t.evalMillis());
            p.setLong(7, t.finishedAt());
            p.setInt(8, study.id());
            p.setInt(9, claim.number());
            p.setString(10, worker);
            p.setInt(11, claim.attempt());
            p.setInt(12, study.id());
            p.setInt(13, claim.number());
            p.setInt(14, claim.attempt());
            p.setString(15, worker);
            p.setString(16, t.ok() ? "ok" : "failed");
            p.setString(17, t.error());
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("cannot record trial " + claim.number() + " of '" + study.name() + "'", e);
        }
    }

    private void attempt(int studyId, int number, int attempt, String worker, String outcome, String error) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO hwnas_attempts(study_id, number, attempt, worker, started_at, outcome, error)"
                + " SELECT study_id, number, ?, ?, started_at, ?, ? FROM hwnas_trials WHERE study_id = ? AND number = ?"
                + " ON CONFLICT DO NOTHING")) {
            p.setInt(1, attempt);
            p.setString(2, worker);
            p.setString(3, outcome);
            p.setString(4, error);
            p.setInt(5, studyId);
            p.setInt(6, number);
            p.executeUpdate();
        }
    }

    /** Finished trials (OK and FAILED) of the study so far. */
    public int finishedCount(StudyRecord study) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("SELECT count(*) FROM hwnas_trials WHERE study_id = ? AND status IN ('OK', 'FAILED')")) {
            p.setInt(1, study.id());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failure("cannot count the trials of '" + study.name() + "'", e);
        }
    }

    /**
     * Gives the running trials of {@code worker} back to the pool at once (a worker stopped with Ctrl-C
     * whose trials could not finish): others claim them without waiting for the heartbeat timeout. The
     * attempt is not counted; a late result of it is dropped by {@link #record}.
     */
    int release(StudyRecord study, String worker) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("UPDATE hwnas_trials SET status = 'PENDING', attempts = attempts - 1, worker = NULL,"
                + " heartbeat_at = NULL WHERE study_id = ? AND worker = ? AND status = 'RUNNING'")) {
            p.setInt(1, study.id());
            p.setString(2, worker);
            return p.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot give back the trials of " + worker, e);
        }
    }

    /**
     * Gives back the running trials of {@code worker} that none of its threads holds: after a claim whose
     * connection dropped, the claim may have been committed without the worker seeing the row, and such
     * a trial would be kept alive by the heartbeats and never finish.
     */
    int releaseOrphans(StudyRecord study, String worker, java.util.Collection<Integer> held) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("UPDATE hwnas_trials SET status = 'PENDING', attempts = attempts - 1, worker = NULL,"
                + " heartbeat_at = NULL WHERE study_id = ? AND worker = ? AND status = 'RUNNING' AND NOT (number = ANY (?))")) {
            p.setInt(1, study.id());
            p.setString(2, worker);
            p.setArray(3, db.createArrayOf("integer", held.toArray()));
            return p.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot give back the trials of " + worker, e);
        }
    }

    /** True if this attempt's result is recorded (a record whose connection dropped may have committed). */
    boolean recorded(StudyRecord study, Claim claim, String worker) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM hwnas_attempts WHERE study_id = ? AND number = ? AND attempt = ?"
                + " AND worker = ? AND outcome IN ('ok', 'failed')")) {
            p.setInt(1, study.id());
            p.setInt(2, claim.number());
            p.setInt(3, claim.attempt());
            p.setString(4, worker);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("cannot read trial " + claim.number() + " of '" + study.name() + "'", e);
        }
    }

    /**
     * True if {@code e} says the connection is gone (network, server restart, the backend terminated):
     * worth a new connection, unlike a refused statement. SQLSTATE class 08 and 57P01-57P03.
     */
    static boolean connectionLost(StoreException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException s && lostState(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostState(SQLException s) {
        String state = s.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** Tells the store that {@code worker} is alive: refreshes the heartbeat of all its running trials. */
    int heartbeat(StudyRecord study, String worker) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("UPDATE hwnas_trials SET heartbeat_at = now()"
                + " WHERE study_id = ? AND worker = ? AND status = 'RUNNING'")) {
            p.setInt(1, study.id());
            p.setString(2, worker);
            return p.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot send a heartbeat for '" + study.name() + "'", e);
        }
    }

    /**
     * Takes back running trials whose worker stopped beating (killed, machine lost): each goes back to
     * PENDING to be run again, or, after {@code maxRetries} retries, is recorded as FAILED with the
     * reason. Uses the database clock, so machines' clocks need not agree.
     *
     * @return the numbers of the trials taken back
     */
    List<Integer> reap(StudyRecord study) throws StoreException {
        List<Integer> out = new ArrayList<>();
        long timeoutMs = study.settings().heartbeatTimeoutMs();
        try {
            db.setAutoCommit(false);
            List<Object[]> stale = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT number, attempts, worker FROM hwnas_trials WHERE study_id = ?"
                    + " AND status = 'RUNNING' AND heartbeat_at < now() - ? * interval '1 millisecond' FOR UPDATE SKIP LOCKED")) {
                p.setInt(1, study.id());
                p.setLong(2, timeoutMs);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        stale.add(new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3)});
                    }
                }
            }
            for (Object[] s : stale) {
                int number = (Integer) s[0];
                int attempts = (Integer) s[1];
                String worker = (String) s[2];
                String why = "worker " + worker + " lost (no heartbeat for " + timeoutMs / 1000.0 + " s) in attempt " + attempts;
                attempt(study.id(), number, attempts, worker, "lost", why);
                boolean giveUp = attempts > study.settings().maxRetries();
                try (PreparedStatement p = db.prepareStatement(giveUp
                        ? "UPDATE hwnas_trials SET status = 'FAILED', measures = '{}', objectives = '[]', violation = NULL, error = ?,"
                          + " eval_ms = 0, finished_at = ?, heartbeat_at = NULL WHERE study_id = ? AND number = ?"
                        : "UPDATE hwnas_trials SET status = 'PENDING', error = ?, heartbeat_at = NULL WHERE study_id = ? AND number = ?")) {
                    int i = 1;
                    p.setString(i++, giveUp ? why + "; gave up after " + attempts + " attempts" : why);
                    if (giveUp) {
                        p.setLong(i++, System.currentTimeMillis());
                    }
                    p.setInt(i++, study.id());
                    p.setInt(i, number);
                    p.executeUpdate();
                }
                out.add(number);
            }
            db.commit();
            return out;
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot check for lost workers in '" + study.name() + "'", e);
        } finally {
            autoCommitQuietly();
        }
    }

    // ---------------------------------------------------------------- plumbing

    private StoreException failure(String what, Exception e) {
        String msg = e instanceof SQLException s && lostState(s)
                ? "lost the connection: " + PgLocation.firstLine(e.getMessage())
                : PgLocation.firstLine(e.getMessage());
        return new StoreException(location.display() + ": " + what + ": " + msg, e);
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException e) {
            // the connection is gone; the caller reports the original failure
        }
    }

    private void autoCommitQuietly() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            // as above
        }
    }

    private void closeQuietly() {
        try {
            db.close();
        } catch (SQLException e) {
            // nothing more to report
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
