package io.bellamy.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on PostgreSQL, at the URL in the environment variable
 * {@value #URL_VARIABLE} (user and password in the URL; {@code .ci/postgres.sh} starts a
 * throwaway server and sets it). Every test starts from a fresh, empty schema
 * {@value #SCHEMA}, which the store reaches through the URL parameter {@code currentSchema}.
 * Without the variable the tests are skipped, except on CI ({@code CI=true}), where they fail.
 */
class PostgresRunStoreTest extends RunStoreContract {

    static final String URL_VARIABLE = "BELLAMY_TEST_PG_URL";

    /** The schema the tests own: dropped and created again before each test. */
    static final String SCHEMA = "bellamy_contract";

    /** The URL from the environment. */
    private static String serverUrl;
    /** The same URL, pointing at {@link #SCHEMA}. */
    private static String url;

    @BeforeAll
    static void requireServer() {
        serverUrl = System.getenv(URL_VARIABLE);
        if (serverUrl == null || serverUrl.isBlank()) {
            String why = URL_VARIABLE + " is not set; start a server with "
                    + "'source .ci/postgres.sh' to run the PostgreSQL store tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + why);
            }
            System.err.println("PostgresRunStoreTest SKIPPED: " + why);
            Assumptions.assumeTrue(false, why);
        }
        url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    /** Drops the schema with everything the last test left in it, and creates it empty. */
    @Override
    protected void emptyDatabase() {
        try (Connection c = DriverManager.getConnection(serverUrl);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate schema " + SCHEMA
                    + " at " + URL_VARIABLE + " (the user must be allowed to create schemas)", e);
        }
    }

    @Override
    protected RunStore open() {
        return RunStores.open(url);
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    protected void failInsertsOf(Connection connection, String algorithm) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE FUNCTION fail_" + algorithm + "() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN IF NEW.algorithm = '" + algorithm + "' THEN"
                    + " RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER fail_" + algorithm + " BEFORE INSERT ON runs FOR EACH ROW"
                    + " EXECUTE FUNCTION fail_" + algorithm + "()");
        }
    }
}
