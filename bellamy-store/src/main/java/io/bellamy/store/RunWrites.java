package io.bellamy.store;

import io.bellamy.data.RunRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The SQL of the store's writes; each method runs inside the caller's transaction. */
final class RunWrites {

    /** Rows per JDBC batch when inserting, and ids per {@code IN} list when looking up. */
    static final int BATCH_SIZE = 500;
    private static final String INSERT_RUN = "INSERT INTO runs (source, import_id, run_id, "
            + RunRows.RECORD_COLUMNS + ") VALUES ("
            + WhereClause.placeholders(3 + RunRows.RECORD_COLUMN_COUNT) + ")";

    private RunWrites() {
    }

    /** Whether a file with this digest was imported from this source. */
    static boolean importExists(Connection c, String source, String digest)
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

    /** Records an import and returns its id. */
    static long insertImport(Connection c, String source, String digest, String label,
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
    static void insertRuns(Connection c, String source, Long importId, List<NewRun> runs)
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

    /** A run already stored under a client id, and its source. */
    record StoredRun(String source, RunRecord record) {
    }

    /** The runs stored under any of these client ids, by id. */
    static Map<String, StoredRun> storedRuns(Connection c, Set<String> runIds)
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
}
