package io.bellamy.training;

import java.util.Map;
import java.util.Objects;

/**
 * How to open a {@link PretrainEngine}.
 *
 * @param master where the engine runs, in the engine's notation (for Spark {@code local[N]},
 *     {@code spark://HOST:PORT}, {@code yarn}); {@code null} for the engine's default (for Spark:
 *     what {@code spark-submit} set)
 * @param conf further engine settings, e.g. Spark properties (copied)
 * @param codeVersion the version recorded in the models' provenance
 */
public record EngineSettings(String master, Map<String, String> conf, String codeVersion) {

    /** Requires the version, copies the settings. */
    public EngineSettings {
        if (master != null && master.isBlank()) {
            throw new IllegalArgumentException("master must not be blank, got '" + master + "'");
        }
        conf = Map.copyOf(conf);
        Objects.requireNonNull(codeVersion, "codeVersion");
    }
}
