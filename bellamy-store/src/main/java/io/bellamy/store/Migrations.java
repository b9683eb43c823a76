package io.bellamy.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database's schema up to date with the Flyway migrations in
 * {@code db/migration/store}. The migrations are written once for every dialect; the
 * placeholder {@code ${auto_id}} holds the one difference.
 *
 * <p>Opening a store whose schema is already current should cost one query, not Flyway's
 * start-up (class loading, scanning the classpath for scripts, parsing and validating them: a
 * third of a short command's run time). So the history table is read first: when it lists
 * exactly the {@link #APPLIED migrations of this code}, all successful and with their checksums
 * unchanged, Flyway is not started at all. Anything else (a fresh database, a pending migration, a
 * failed or edited one, a schema newer than this code) goes through Flyway, which applies,
 * validates, refuses or (for migrations newer than this code) ignores as before.
 */
final class Migrations {

    /** Classpath location of the migrations. */
    static final String LOCATION = "classpath:db/migration/store";
    /** The table where Flyway records applied migrations. */
    static final String HISTORY_TABLE = "bellamy_schema_history";

    /**
     * Every migration in {@link #LOCATION}, in order, with the checksum Flyway records for it
     * (a test compares this list with what Flyway resolves from the scripts).
     */
    static final List<Applied> APPLIED = List.of(new Applied("1", -995_104_226));

    /**
     * One row of the history table.
     *
     * @param version the migration's version, e.g. {@code "1"}
     * @param checksum Flyway's checksum of the script
     */
    record Applied(String version, int checksum) {
    }

    private Migrations() {
    }

    /** A Flyway configured for this store's migrations on {@code dataSource}; clean disabled. */
    static Flyway flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .placeholders(Map.of("auto_id", dialect.autoId()))
                .cleanDisabled(true)
                .load();
    }

    /**
     * Applies pending migrations, unless the history read on {@code connection} shows the schema
     * is current.
     *
     * @param connection an open connection to the database, used for the check only
     * @return the number of migrations applied (0 when the schema was up to date)
     * @throws StoreException if a migration fails or an applied one no longer validates
     */
    static int migrate(DataSource dataSource, Dialect dialect, Connection connection) {
        if (isCurrent(connection)) {
            return 0;
        }
        try {
            return flyway(dataSource, dialect).migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the store's schema: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the history table records exactly {@link #APPLIED}, in order and all successful;
     * false when it cannot be read (e.g. it does not exist yet).
     */
    static boolean isCurrent(Connection connection) {
        List<Applied> found = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT version, checksum, success FROM "
                        + HISTORY_TABLE + " ORDER BY installed_rank")) {
            while (rows.next()) {
                String version = rows.getString(1);
                int checksum = rows.getInt(2);
                boolean checksumPresent = !rows.wasNull();
                if (version == null || !checksumPresent || !rows.getBoolean(3)) {
                    return false;
                }
                found.add(new Applied(version, checksum));
            }
        } catch (SQLException noHistory) {
            return false;
        }
        return found.equals(APPLIED);
    }
}
