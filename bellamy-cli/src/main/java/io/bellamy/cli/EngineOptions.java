package io.bellamy.cli;

import io.bellamy.training.EngineSettings;
import io.bellamy.training.LocalPretrainEngine;
import io.bellamy.training.PretrainEngine;
import io.bellamy.training.PretrainEngineProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import picocli.CommandLine.Option;

/**
 * {@code --engine local|spark}, {@code --master} and {@code --conf}: where pre-trainings run.
 * Engines other than {@code local} live outside the CLI jar and are found with
 * {@link ServiceLoader} ({@link PretrainEngineProvider}); the {@code ./bellamy} launcher puts the
 * {@code bellamy-spark} module and Spark on the class path only for {@code --engine spark}.
 */
public final class EngineOptions {

    static final String SPARK = "spark";

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = LocalPretrainEngine.NAME,
            description = "Where to pre-train: local (this machine's cores) or spark (trials, or "
                    + "with --all whole pre-trainings, as Spark tasks); default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:PORT or yarn (default: what "
                    + "spark-submit set).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark property, e.g. spark.executor.memory=2g; repeatable.")
    Map<String, String> conf = new LinkedHashMap<>();

    /** Whether the local engine is chosen. */
    boolean isLocal() {
        return LocalPretrainEngine.NAME.equals(engine);
    }

    /**
     * Checks the options and that the chosen engine is on the class path, without opening it.
     *
     * @throws UsageException for an unknown engine or cluster options without a cluster engine
     * @throws IllegalStateException if the engine is known but not on the class path
     */
    void check() {
        provider();
    }

    /**
     * Opens the chosen engine (for Spark: starts a Spark context).
     *
     * @throws UsageException for an unknown engine or cluster options without a cluster engine
     * @throws IllegalStateException if the engine is known but not on the class path
     */
    PretrainEngine open(String codeVersion) {
        PretrainEngineProvider provider = provider();
        if (provider == null) {
            return new LocalPretrainEngine(codeVersion);
        }
        try {
            return provider.open(new EngineSettings(master, conf, codeVersion));
        } catch (LinkageError e) {
            throw new IllegalStateException("the " + engine + " engine cannot load its "
                    + "libraries (" + e + "); " + hint(), e);
        }
    }

    /** The chosen engine's provider; {@code null} for the local engine. */
    private PretrainEngineProvider provider() {
        if (isLocal()) {
            if (master != null || !conf.isEmpty()) {
                throw new UsageException("--master and --conf need --engine " + SPARK);
            }
            return null;
        }
        for (Map.Entry<String, String> entry : conf.entrySet()) {
            if (entry.getKey().isBlank()) {
                throw new UsageException("--conf needs KEY=VALUE, got '=" + entry.getValue()
                        + "'");
            }
        }
        List<String> known = new ArrayList<>(List.of(LocalPretrainEngine.NAME));
        try {
            for (PretrainEngineProvider provider : ServiceLoader.load(
                    PretrainEngineProvider.class)) {
                if (provider.name().equals(engine)) {
                    return provider;
                }
                known.add(provider.name());
            }
        } catch (LinkageError | ServiceConfigurationError e) {
            throw new IllegalStateException("the " + engine + " engine cannot load its "
                    + "libraries (" + e + "); " + hint(), e);
        }
        if (SPARK.equals(engine)) {
            throw new IllegalStateException("the spark engine is not on the class path; "
                    + hint());
        }
        throw new UsageException("unknown engine '" + engine + "': choose one of "
                + String.join(", ", known) + (known.contains(SPARK) ? "" : ", " + SPARK));
    }

    private static String hint() {
        return "run ./bellamy with --engine spark (it adds bellamy-spark and Spark to the class "
                + "path) or spark-submit bellamy-spark/target/bellamy-spark-submit.jar";
    }
}
