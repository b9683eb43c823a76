package io.bellamy.data;

import java.util.Comparator;
import java.util.Objects;

/**
 * The context of a run: every property except scale-out, runtime, memory and slots (SPEC §8).
 * Runs of one context differ only in scale-out (and the cluster totals that follow from it).
 */
public record ContextKey(
        String algorithm,
        String machineType,
        String jobArgs,
        double dataSizeMB,
        String dataCharacteristics,
        String environment,
        String jobType) implements Comparable<ContextKey> {

    private static final Comparator<ContextKey> ORDER = Comparator
            .comparing(ContextKey::algorithm)
            .thenComparing(ContextKey::machineType)
            .thenComparing(ContextKey::jobArgs)
            .thenComparingDouble(ContextKey::dataSizeMB)
            .thenComparing(ContextKey::dataCharacteristics)
            .thenComparing(ContextKey::environment)
            .thenComparing(ContextKey::jobType);

    /** Requires every text property to be non-null ({@code ""} when absent). */
    public ContextKey {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(machineType, "machineType");
        Objects.requireNonNull(jobArgs, "jobArgs");
        Objects.requireNonNull(dataCharacteristics, "dataCharacteristics");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(jobType, "jobType");
    }

    @Override
    public int compareTo(ContextKey other) {
        return ORDER.compare(this, other);
    }
}
