package io.bellamy.training;

/**
 * Makes a {@link PretrainEngine} by name: a service ({@link java.util.ServiceLoader}) that
 * modules outside the core, such as {@code bellamy-spark}, register under
 * {@code META-INF/services/io.bellamy.training.PretrainEngineProvider}. Implementations need a
 * public no-argument constructor.
 */
public interface PretrainEngineProvider {

    /** The name {@code --engine} selects the engine by, e.g. {@code spark}. */
    String name();

    /**
     * Opens an engine, e.g. connects to a cluster.
     *
     * @throws IllegalArgumentException if the settings are not valid for this engine
     */
    PretrainEngine open(EngineSettings settings);
}
