package io.bellamy.spark;

import io.bellamy.training.EngineSettings;
import io.bellamy.training.PretrainEngine;
import io.bellamy.training.PretrainEngineProvider;

/** Provides the {@code spark} engine to {@code --engine spark} ({@link SparkPretrainEngine}). */
public final class SparkPretrainEngineProvider implements PretrainEngineProvider {

    /** Needed by {@link java.util.ServiceLoader}. */
    public SparkPretrainEngineProvider() {
    }

    @Override
    public String name() {
        return SparkPretrainEngine.NAME;
    }

    @Override
    public PretrainEngine open(EngineSettings settings) {
        return SparkPretrainEngine.open(settings);
    }
}
