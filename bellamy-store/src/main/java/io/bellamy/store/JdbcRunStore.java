package io.bellamy.store;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The {@link RunStore} over plain JDBC, the same SQL on SQLite and PostgreSQL.
 *
 * <p>Connection handling: one {@linkplain GuardedConnection guarded connection}, used by one
 * call at a time; calls from several threads queue. SQLite allows a single writer anyway, and at
 * the store's size (thousands of runs) every call takes milliseconds. Several processes may share
 * one database: every write is one transaction, and the change counter lives in the database.
 */
final class JdbcRunStore implements RunStore {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final GuardedConnection db;
    private final int migrationsExecuted;

    /**
     * Opens the store on a data source, first bringing its schema up to date.
     *
     * @throws StoreException if the migration fails
     */
    JdbcRunStore(DataSource dataSource, Dialect dialect) {
        this.db = new GuardedConnection(dataSource);
        try {
            // the check shares the store's connection, so a current schema costs one query
            this.migrationsExecuted = db.read("check the store's schema version",
                    c -> Migrations.migrate(dataSource, dialect, c));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** How many migrations opening this store applied (0 if the schema was up to date). */
    int migrationsExecuted() {
        return migrationsExecuted;
    }

    @Override
    public ImportResult importRuns(String source, String digest, String label,
            List<RunRecord> runs) {
        requireSource(source);
        requireDigest(digest);
        Objects.requireNonNull(label, "label");
        List<NewRun> rows = runs.stream().map(NewRun::anonymous).toList();
        try {
            return db.write("import " + label, c -> {
                if (RunWrites.importExists(c, source, digest)) {
                    return new ImportResult(0, true);
                }
                long importId = RunWrites.insertImport(c, source, digest, label, rows.size());
                RunWrites.insertRuns(c, source, importId, rows);
                return new ImportResult(rows.size(), false);
            });
        } catch (StoreException e) {
            // Another process may have imported the same file meanwhile (unique violation).
            try {
                if (db.read("check import " + label, c -> RunWrites.importExists(c, source, digest))) {
                    return new ImportResult(0, true);
                }
            } catch (StoreException checkFailure) {
                e.addSuppressed(checkFailure);
            }
            throw e;
        }
    }

    @Override
    public boolean isImported(String source, String digest) {
        requireSource(source);
        requireDigest(digest);
        return db.read("check import of " + digest, c -> RunWrites.importExists(c, source, digest));
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
        return db.write("add runs", c -> {
            Map<String, RunWrites.StoredRun> stored = RunWrites.storedRuns(c, byId.keySet());
            List<NewRun> fresh = new ArrayList<>();
            for (NewRun run : candidates) {
                RunWrites.StoredRun existing = run.runId() == null ? null : stored.get(run.runId());
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
            RunWrites.insertRuns(c, source, null, fresh);
            return new AddResult(fresh.size(), runs.size() - fresh.size());
        });
    }

    @Override
    public List<RunRecord> runs(RunQuery query) {
        List<RunRecord> result = new ArrayList<>();
        forEachRun("read runs of " + query.algorithm(), query, result::add);
        return result;
    }

    @Override
    public String digest(RunQuery query) {
        RecordDigest digest = new RecordDigest();
        forEachRun("digest runs of " + query.algorithm(), query, digest::add);
        return digest.hex();
    }

    @Override
    public long changeCount() {
        return db.read("read the change count", c -> {
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
        return db.read("list contexts of " + algorithm, c -> {
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
        return db.read("compute statistics", c -> {
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
        db.close();
    }

    // ---- reading ----

    /** Feeds the runs matching a query, in insertion order, to {@code sink}. */
    private void forEachRun(String what, RunQuery query, Consumer<RunRecord> sink) {
        WhereClause where = WhereClause.of(query);
        db.read(what, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + RunRows.RECORD_COLUMNS
                    + " FROM runs" + where.sql() + " ORDER BY id")) {
                where.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(RunRows.read(rows, 1));
                    }
                }
            }
            return null;
        });
    }

    private List<String> distinctTexts(String what, String column, WhereClause where) {
        return db.read(what, c -> {
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

    private static void requireDigest(String digest) {
        Objects.requireNonNull(digest, "digest");
        if (!SHA256_HEX.matcher(digest).matches()) {
            throw new IllegalArgumentException(
                    "digest must be a SHA-256 as 64 lowercase hex digits, got '" + digest + "'");
        }
    }

    private static void requireSource(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}
