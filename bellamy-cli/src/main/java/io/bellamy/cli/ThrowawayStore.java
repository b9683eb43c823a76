package io.bellamy.cli;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.evaluation.UserHistory;
import io.bellamy.store.ImportResult;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import io.bellamy.store.RunStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A runtime-history store of its own in a temporary directory, for {@code evaluate --history}:
 * the user's files are imported into it (never into the user's store) and read back grouped into
 * contexts; closing it deletes it.
 */
final class ThrowawayStore implements AutoCloseable {

    /** The source every imported run is recorded under. */
    static final String SOURCE = "history";

    /** Flyway reports every migration at INFO on stderr; keep the command's output clean. */
    private static final Logger FLYWAY_LOGGER = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOGGER.setLevel(Level.WARNING);
    }

    private final Path dir;
    private final RunStore store;

    private ThrowawayStore(Path dir, RunStore store) {
        this.dir = dir;
        this.store = store;
    }

    /** Creates an empty SQLite store in a new temporary directory. */
    static ThrowawayStore create() throws IOException {
        Path dir = Files.createTempDirectory("bellamy-history-");
        try {
            return new ThrowawayStore(dir, RunStores.openSqlite(dir.resolve("history.db")));
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /**
     * Imports the runs read from one file.
     *
     * @return false when a file of the same content was imported before (nothing added)
     */
    boolean importRuns(Path file, List<RunRecord> runs) throws IOException {
        ImportResult r = store.importRuns(SOURCE, RunStore.digestOf(file),
                file.getFileName().toString(), runs);
        return !r.alreadyImported();
    }

    /** Every stored run grouped into contexts, each context's runs in stored order. */
    UserHistory history() {
        Map<ContextKey, List<RunRecord>> byContext = new LinkedHashMap<>();
        for (String algorithm : store.algorithms(null)) {
            for (ContextKey c : store.contexts(algorithm, null)) {
                byContext.put(c, store.runs(RunQuery.forContext(c)));
            }
        }
        return UserHistory.of(byContext);
    }

    /** Closes and deletes the store. */
    @Override
    public void close() {
        try {
            store.close();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary store " + dir, e);
        }
    }
}
