package io.bellamy.cli;

import picocli.CommandLine.Option;

/** Where data, state and models live: the options every command that touches them takes. */
public final class StateOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory with the dataset files (default: env BELLAMY_DATA_DIR, "
                    + "else ./data, else ../shared/datasets when it exists).")
    String dataDir;

    @Option(names = "--home", paramLabel = "DIR",
            description = "State directory holding bellamy.db (default: env BELLAMY_HOME, else "
                    + "./.bellamy).")
    String home;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "Use this database instead of the SQLite file in the state directory "
                    + "(default: env BELLAMY_JDBC_URL), e.g. jdbc:postgresql://host/db?user=..")
    String jdbcUrl;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Model registry directory (default: env BELLAMY_MODELS_DIR, else ./models).")
    String models;
}
