package io.bellamy.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Opens {@link RunStore}s, bringing their schema up to date first. */
public final class RunStores {

    /** The file name of the SQLite store inside the state directory the caller chooses. */
    public static final String SQLITE_FILE_NAME = "bellamy.db";

    private RunStores() {
    }

    /**
     * Opens the store at a JDBC URL: {@code jdbc:sqlite:<file>} or
     * {@code jdbc:postgresql://host:port/db?user=...&password=...}. The database must exist
     * (SQLite creates a missing file, not its directory).
     *
     * @throws IllegalArgumentException if the URL's scheme is neither
     * @throws StoreException if the database cannot be reached or migrated
     */
    public static RunStore open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.of(jdbcUrl);
        return new JdbcRunStore(dialect.dataSource(jdbcUrl), dialect);
    }

    /**
     * Opens (creating it and its parent directories if needed) the SQLite store in a file,
     * normally {@code <state dir>/}{@value #SQLITE_FILE_NAME}.
     *
     * @throws UncheckedIOException if the parent directories cannot be created
     * @throws StoreException if the file cannot be opened or migrated
     */
    public static RunStore openSqlite(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + absolute, e);
        }
        return open("jdbc:sqlite:" + absolute);
    }
}
