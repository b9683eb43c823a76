package io.bellamy.store;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database's schema up to date with the Flyway migrations in
 * {@code db/migration/store}. The migrations are written once for every dialect; the
 * placeholder {@code ${auto_id}} holds the one difference.
 */
final class Migrations {

    /** Classpath location of the migrations. */
    static final String LOCATION = "classpath:db/migration/store";
    /** The table where Flyway records applied migrations. */
    static final String HISTORY_TABLE = "bellamy_schema_history";

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
     * Applies pending migrations.
     *
     * @return the number of migrations applied (0 when the schema was up to date)
     * @throws StoreException if a migration fails or the database is newer than this code
     */
    static int migrate(DataSource dataSource, Dialect dialect) {
        try {
            return flyway(dataSource, dialect).migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the store's schema: " + e.getMessage(), e);
        }
    }
}
