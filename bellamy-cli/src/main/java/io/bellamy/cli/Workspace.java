package io.bellamy.cli;

import io.bellamy.data.DataDirResolver;
import io.bellamy.data.DatasetCatalog;
import io.bellamy.data.DatasetFile;
import io.bellamy.data.RunRecord;
import io.bellamy.store.ImportResult;
import io.bellamy.store.RunStore;
import io.bellamy.store.RunStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resolves the data dir, state dir, database and model registry of one command invocation and
 * opens the runtime-history store, importing the public datasets of the data dir on first use.
 */
final class Workspace {

    static final String HOME_ENV = "BELLAMY_HOME";
    static final String JDBC_ENV = "BELLAMY_JDBC_URL";
    static final String MODELS_ENV = "BELLAMY_MODELS_DIR";

    /** Flyway reports every migration at INFO on stderr; keep the command's output clean. */
    private static final Logger FLYWAY_LOGGER = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOGGER.setLevel(Level.WARNING);
    }

    private final CliEnvironment env;
    private final StateOptions options;

    Workspace(CliEnvironment env, StateOptions options) {
        this.env = env;
        this.options = options;
    }

    /** The state directory: {@code --home}, env BELLAMY_HOME, else ./.bellamy. */
    Path home() {
        return pick(options.home, HOME_ENV, ".bellamy");
    }

    /** The model registry: {@code --models}, env BELLAMY_MODELS_DIR, else ./models. */
    Path models() {
        return pick(options.models, MODELS_ENV, "models");
    }

    /** The data dir by the usual rules; throws listing every place looked at. */
    Path dataDir() {
        return new DataDirResolver(env.env(), env.workDir()).resolve(options.dataDir);
    }

    /** Where {@code data fetch} writes. */
    Path fetchTarget() {
        return new DataDirResolver(env.env(), env.workDir()).fetchTarget(options.dataDir);
    }

    /** A printable name of the store (never the JDBC URL's password). */
    String storeName() {
        String url = jdbcUrl();
        if (url == null) {
            return home().resolve(RunStores.SQLITE_FILE_NAME).toString();
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Opens the store without importing anything. */
    RunStore openStore() {
        String url = jdbcUrl();
        return url != null ? RunStores.open(url)
                : RunStores.openSqlite(home().resolve(RunStores.SQLITE_FILE_NAME));
    }

    /**
     * Opens the store and imports the public dataset files of the data dir (idempotent: a file
     * imported before costs its digest and one query, it is not read again). Without a data dir, an empty store is an error naming
     * where the data dir was looked for; a store that has runs is used as it is.
     */
    RunStore openStoreWithDatasets() {
        RunStore store = openStore();
        try {
            Path dataDir;
            try {
                dataDir = dataDir();
            } catch (IllegalArgumentException noDataDir) {
                if (store.sources().isEmpty()) {
                    throw noDataDir;
                }
                return store;
            }
            importPublicDatasets(store, dataDir);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void importPublicDatasets(RunStore store, Path dataDir) {
        try {
            DatasetCatalog catalog = DatasetCatalog.scan(dataDir);
            for (DatasetFile file : catalog.files()) {
                String digest = RunStore.digestOf(file.path());
                if (store.isImported(file.source(), digest)) {
                    continue; // imported before: no need to read and parse it again
                }
                List<RunRecord> runs = file.read();
                ImportResult result = store.importRuns(file.source(), digest,
                        file.path().getFileName().toString(), runs);
                if (!result.alreadyImported()) {
                    env.err().printf("imported %d %s runs of %s from %s%n", result.added(),
                            file.source(), file.algorithm(), file.path());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the datasets in " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    private String jdbcUrl() {
        return options.jdbcUrl != null ? options.jdbcUrl : env.getenv(JDBC_ENV);
    }

    private Path pick(String option, String envVar, String fallback) {
        if (option != null) {
            return env.resolve(Path.of(option));
        }
        String fromEnv = env.getenv(envVar);
        return env.resolve(Path.of(fromEnv != null ? fromEnv : fallback));
    }
}
