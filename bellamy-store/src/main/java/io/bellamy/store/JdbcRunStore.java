package io.bellamy.store;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The {@link RunStore} over plain JDBC, the same SQL on SQLite and PostgreSQL.
 *
 * <p>Connection handling: one connection, opened on first use and used by one call at a time
 * (calls from several threads queue on a lock). SQLite allows a single writer anyway, and at the
 * store's size (thousands of runs) every call takes milliseconds. A connection that the driver
 * reports as broken (SQL state class {@code 08}) is dropped and the next call opens a new one.
 * Several processes may share one database: writes are transactions, and the change counter
 * lives in the database.
 */
final class JdbcRunStore implements RunStore {

    /** Rows per JDBC batch when inserting. */
    private static final int BATCH_SIZE = 500;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final String INSERT_RUN = "INSERT INTO runs (source, import_id, run_id, "
            + RunRows.RECORD_COLUMNS + ") VALUES ("
            + WhereClause.placeholders(3 + RunRows.RECORD_COLUMN_COUNT) + ")";

    private final DataSource dataSource;
    private final int migrationsExecuted;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection; // guarded by lock
    private boolean closed; // guarded by lock

    /**
     * Opens the store on a data source, first bringing its schema up to date.
     *
     * @throws StoreException if the migration fails
     */
    JdbcRunStore(DataSource dataSource, Dialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.migrationsExecuted = Migrations.migrate(dataSource, dialect);
    }

    /** How many migrations opening this store applied (0 if the schema was up to date). */
    int migrationsExecuted() {
        return migrationsExecuted;
    }

    @Override
    public ImportResult importRuns(String source, String digest, String label,
            List<RunRecord> runs) {
        requireSource(source);
        Objects.requireNonNull(digest, "digest");
        if (!SHA256_HEX.matcher(digest).matches()) {
            throw new IllegalArgumentException(
                    "digest must be a SHA-256 as 64 lowercase hex digits, got '" + digest + "'");
        }
        Objects.requireNonNull(label, "label");
        List<NewRun> rows = runs.stream().map(NewRun::anonymous).toList();
        try {
            return write("import " + label, c -> {
                if (importExists(c, source, digest)) {
                    return new ImportResult(0, true);
                }
                long importId = insertImport(c, source, digest, label, rows.size());
                insertRuns(c, source, importId, rows);
                return new ImportResult(rows.size(), false);
            });
        } catch (StoreException e) {
            // Another process may have imported the same file meanwhile (unique violation).
            try {
                if (read("check import " + label, c -> importExists(c, source, digest))) {
                    return new ImportResult(0, true);
                }
            } catch (StoreException checkFailure) {
                e.addSuppressed(checkFailure);
            }
            throw e;
        }
    }

    @Override
    public AddResult addRuns(String source, List<NewRun> runs) {
        requireSource(source);
        Map<String, NewRun> byId = new LinkedHashMap<>();
        List<NewRun> candidates = new ArrayList<>(); // without repeats of an id in the batch
        for (NewRun run : runs) {
            Objects.requireNonNull(run, "runs must not contain null");
            NewRun earlier = run.runId() == null ? null : byId.putIfAbsent(run.runId(), run);
            if (earlier == null) {
                candidates.add(run);
            } else if (!earlier.record().equals(run.record())) {
                throw new IllegalArgumentException("run id '" + run.runId()
                        + "' appears twice in the batch with different records");
            }
        }
        return write("add runs", c -> {
            Map<String, StoredRun> stored = storedRuns(c, byId.keySet());
            List<NewRun> fresh = new ArrayList<>();
            for (NewRun run : candidates) {
                StoredRun existing = run.runId() == null ? null : stored.get(run.runId());
                if (existing == null) {
                    fresh.add(run);
                } else if (!existing.source().equals(source)) {
                    throw new IllegalArgumentException("run id '" + run.runId()
                            + "' is already stored from source '" + existing.source()
                            + "', not '" + source + "'");
                } else if (!existing.record().equals(run.record())) {
                    throw new IllegalArgumentException("run id '" + run.runId()
                            + "' is already stored with a different record: " + existing.record());
                }
            }
            insertRuns(c, source, null, fresh);
            return new AddResult(fresh.size(), runs.size() - fresh.size());
        });
    }

    @Override
    public List<RunRecord> runs(RunQuery query) {
        WhereClause where = WhereClause.of(query);
        return read("read runs of " + query.algorithm(), c -> {
            List<RunRecord> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + RunRows.RECORD_COLUMNS + " FROM runs" + where.sql() + " ORDER BY id")) {
                where.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        result.add(RunRows.read(rows, 1));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public String digest(RunQuery query) {
        WhereClause where = WhereClause.of(query);
        return read("digest runs of " + query.algorithm(), c -> {
            RecordDigest digest = new RecordDigest();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + RunRows.RECORD_COLUMNS + " FROM runs" + where.sql() + " ORDER BY id")) {
                where.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        digest.add(RunRows.read(rows, 1));
                    }
                }
            }
            return digest.hex();
        });
    }

    @Override
    public long changeCount() {
        return read("read the change count", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT change_count FROM store_state WHERE id = 1");
                    ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("store_state has no row; the schema is damaged");
                }
                return rows.getLong(1);
            }
        });
    }

    @Override
    public List<String> sources() {
        return distinctTexts("list sources", "source", WhereClause.of(null, null, Map.of()));
    }

    @Override
    public List<String> algorithms(Set<String> sources) {
        return distinctTexts("list algorithms", "algorithm", WhereClause.of(null, sources, Map.of()));
    }

    @Override
    public List<ContextKey> contexts(String algorithm, Set<String> sources) {
        Objects.requireNonNull(algorithm, "algorithm");
        WhereClause where = WhereClause.of(algorithm, sources, Map.of());
        return read("list contexts of " + algorithm, c -> {
            TreeSet<ContextKey> contexts = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT " + RunRows.CONTEXT_COLUMNS + " FROM runs" + where.sql())) {
                where.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        contexts.add(RunRows.readContext(rows, 1));
                    }
                }
            }
            return List.copyOf(contexts);
        });
    }

    @Override
    public StoreStats stats(String algorithm, Set<String> sources) {
        WhereClause where = WhereClause.of(algorithm, sources, Map.of());
        return read("compute statistics", c -> {
            StatsCollector collector = new StatsCollector();
            try (PreparedStatement s = c.prepareStatement("SELECT " + RunRows.CONTEXT_COLUMNS
                    + ", instance_count, gross_runtime FROM runs" + where.sql())) {
                where.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        collector.add(RunRows.readContext(rows, 1), rows.getInt(8),
                                rows.getDouble(9));
                    }
                }
            }
            return collector.build();
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                discardConnection();
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- writing ----

    private static boolean importExists(Connection c, String source, String digest)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM imports WHERE source = ? AND digest = ?")) {
            s.setString(1, source);
            s.setString(2, digest);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static long insertImport(Connection c, String source, String digest, String label,
            int count) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO imports "
                + "(source, digest, label, imported_at, run_count) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, source);
            s.setString(2, digest);
            s.setString(3, label);
            s.setString(4, Instant.now().toString());
            s.setInt(5, count);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM imports WHERE source = ? AND digest = ?")) {
            s.setString(1, source);
            s.setString(2, digest);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("the import just inserted is missing");
                }
                return rows.getLong(1);
            }
        }
    }

    /** Inserts runs in batches and, if there were any, counts the change. */
    private static void insertRuns(Connection c, String source, Long importId, List<NewRun> runs)
            throws SQLException {
        if (runs.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_RUN)) {
            int pending = 0;
            for (NewRun run : runs) {
                s.setString(1, source);
                if (importId == null) {
                    s.setNull(2, Types.BIGINT);
                } else {
                    s.setLong(2, importId);
                }
                if (run.runId() == null) {
                    s.setNull(3, Types.VARCHAR);
                } else {
                    s.setString(3, run.runId());
                }
                RunRows.bind(s, 4, run.record());
                s.addBatch();
                if (++pending == BATCH_SIZE) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE store_state SET change_count = change_count + 1 WHERE id = 1")) {
            s.executeUpdate();
        }
    }

    /** A run already stored under a client id. */
    private record StoredRun(String source, RunRecord record) {
    }

    private static Map<String, StoredRun> storedRuns(Connection c, Set<String> runIds)
            throws SQLException {
        Map<String, StoredRun> stored = new HashMap<>();
        List<String> ids = new ArrayList<>(runIds);
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE));
            try (PreparedStatement s = c.prepareStatement("SELECT run_id, source, "
                    + RunRows.RECORD_COLUMNS + " FROM runs WHERE run_id IN ("
                    + WhereClause.placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getString(1),
                                new StoredRun(rows.getString(2), RunRows.read(rows, 3)));
                    }
                }
            }
        }
        return stored;
    }

    // ---- reading ----

    private List<String> distinctTexts(String what, String column, WhereClause where) {
        return read(what, c -> {
            TreeSet<String> values = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT " + column + " FROM runs" + where.sql())) {
                where.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
            return List.copyOf(values);
        });
    }

    private static void requireSource(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }

    // ---- connection and transactions ----

    /** Work on a connection. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs read-only work (one statement per call, so auto-commit suffices). */
    private <T> T read(String what, SqlWork<T> work) {
        return call(what, false, work);
    }

    /** Runs work in one transaction, rolled back if it throws anything. */
    private <T> T write(String what, SqlWork<T> work) {
        return call(what, true, work);
    }

    private <T> T call(String what, boolean transaction, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the run store is closed");
            }
            if (connection == null) {
                connection = dataSource.getConnection();
            }
            return transaction ? inTransaction(connection, work) : work.run(connection);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                discardConnection();
            }
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
                discardConnection();
            }
            throw e;
        } finally {
            if (connection != null) {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException e) {
                    discardConnection(); // the next call starts from a fresh connection
                }
            }
        }
    }

    private void discardConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is unusable either way; the caller reports the original failure
            }
            connection = null;
        }
    }
}
