package io.bellamy.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcut that skips Flyway when the history table shows a current schema (SQLite). */
class MigrationsTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("m.db");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private JdbcRunStore open() {
        return (JdbcRunStore) RunStores.open(url());
    }

    @Test
    void theAppliedListIsWhatFlywayResolvesFromTheScripts() {
        List<Migrations.Applied> resolved = Arrays.stream(Migrations
                .flyway(Dialect.SQLITE.dataSource(url()), Dialect.SQLITE).info().all())
                .map(MigrationInfo.class::cast)
                .map(m -> new Migrations.Applied(m.getVersion().getVersion(), m.getChecksum()))
                .toList();

        assertEquals(Migrations.APPLIED, resolved);
    }

    @Test
    void aFreshDatabaseIsMigratedAndThenRecognisedAsCurrent() throws SQLException {
        try (Connection c = connect()) {
            assertFalse(Migrations.isCurrent(c), "no history table yet");
        }
        JdbcRunStore first = open();
        assertEquals(Migrations.APPLIED.size(), first.migrationsExecuted());
        first.close();

        try (Connection c = connect()) {
            assertTrue(Migrations.isCurrent(c));
        }
        JdbcRunStore again = open();
        assertEquals(0, again.migrationsExecuted());
        again.close();
    }

    @Test
    void anEditedScriptIsStillCaughtByFlywaysValidation() throws SQLException {
        open().close();
        execute("UPDATE " + Migrations.HISTORY_TABLE + " SET checksum = checksum + 1");

        try (Connection c = connect()) {
            assertFalse(Migrations.isCurrent(c));
        }
        StoreException e = assertThrows(StoreException.class, this::open);
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void aFailedMigrationIsNotTakenForCurrent() throws SQLException {
        open().close();
        execute("UPDATE " + Migrations.HISTORY_TABLE + " SET success = 0");

        try (Connection c = connect()) {
            assertFalse(Migrations.isCurrent(c));
        }
        assertThrows(StoreException.class, this::open);
    }

    @Test
    void aSchemaNewerThanThisCodeGoesThroughFlywayAsBefore() throws SQLException {
        open().close();
        execute("INSERT INTO " + Migrations.HISTORY_TABLE + " (installed_rank, version, "
                + "description, type, script, checksum, installed_by, execution_time, success) "
                + "VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 1, 'test', 0, 1)");

        try (Connection c = connect()) {
            assertFalse(Migrations.isCurrent(c));
        }
        // Flyway's default: migrations newer than the code are ignored, nothing is applied
        JdbcRunStore store = open();
        assertEquals(0, store.migrationsExecuted());
        store.close();
    }
}
