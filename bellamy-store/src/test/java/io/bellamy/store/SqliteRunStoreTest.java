package io.bellamy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, a fresh file per test. */
class SqliteRunStoreTest extends RunStoreContract {

    @TempDir
    Path dir;

    /** Inside directories that do not exist yet: opening must create them. */
    private Path file() {
        return dir.resolve("state/nested").resolve(RunStores.SQLITE_FILE_NAME);
    }

    /** Nothing to do: each test has a fresh temporary directory. */
    @Override
    protected void emptyDatabase() {
    }

    @Override
    protected RunStore open() {
        return RunStores.openSqlite(file());
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    @Override
    protected void failInsertsOf(Connection connection, String algorithm) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TRIGGER fail_" + algorithm + " BEFORE INSERT ON runs WHEN NEW.algorithm = '"
                    + algorithm + "' BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
        }
    }

    @Test
    void theStoreIsOneFileInWriteAheadLogMode() throws SQLException {
        assertTrue(Files.isRegularFile(file()), file() + " should exist");
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("PRAGMA journal_mode")) {
            assertTrue(rows.next());
            assertEquals("wal", rows.getString(1));
        }
    }

    @Test
    void openAcceptsASqliteUrl() {
        store.importRuns("c3o", Runs.digest(1), "f", List.of(Runs.grep(2, 1.0)));
        store.close();

        store = RunStores.open("jdbc:sqlite:" + file());

        assertEquals(List.of(Runs.grep(2, 1.0)), store.runs(RunQuery.of("grep")));
    }
}
