package io.bellamy.data;

import java.util.Objects;

/**
 * One execution of a distributed dataflow job (SPEC §2): an algorithm run at a scale-out in a
 * context, and the runtime it took.
 *
 * <p>Text properties are never {@code null} (absent is {@code ""}); the optional numeric
 * properties {@code memory} and {@code slots} are {@code null} when absent. Validation rejects a
 * scale-out below 1, a runtime that is not positive, and any non-finite or negative number.
 *
 * @param algorithm the model key, e.g. {@code grep}; not blank
 * @param instanceCount the scale-out (number of nodes), at least 1
 * @param grossRuntime runtime in seconds, finite and positive
 * @param machineType essential, e.g. {@code m4.2xlarge}
 * @param jobArgs essential, e.g. {@code computer}
 * @param dataSizeMB essential, input size in MB, finite and non-negative
 * @param dataCharacteristics essential, e.g. {@code 100 150000000 0.5}
 * @param environment essential, e.g. {@code public cloud aws emr}
 * @param jobType optional, e.g. {@code grep-spark}
 * @param memory optional total cluster memory in MB, or {@code null}
 * @param slots optional total cluster cores, or {@code null}
 */
public record RunRecord(
        String algorithm,
        int instanceCount,
        double grossRuntime,
        String machineType,
        String jobArgs,
        double dataSizeMB,
        String dataCharacteristics,
        String environment,
        String jobType,
        Double memory,
        Double slots) {

    /** Validates and normalises absent text to {@code ""}. */
    public RunRecord {
        Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm.isBlank()) {
            throw new IllegalArgumentException("algorithm must not be blank");
        }
        if (instanceCount < 1) {
            throw new IllegalArgumentException("instance_count must be >= 1, got " + instanceCount);
        }
        if (!Double.isFinite(grossRuntime) || grossRuntime <= 0) {
            throw new IllegalArgumentException(
                    "gross_runtime must be a finite number > 0, got " + grossRuntime);
        }
        requireFiniteNonNegative("data_size_MB", dataSizeMB);
        if (memory != null) {
            requireFiniteNonNegative("memory", memory);
        }
        if (slots != null) {
            requireFiniteNonNegative("slots", slots);
        }
        machineType = machineType == null ? "" : machineType;
        jobArgs = jobArgs == null ? "" : jobArgs;
        dataCharacteristics = dataCharacteristics == null ? "" : dataCharacteristics;
        environment = environment == null ? "" : environment;
        jobType = jobType == null ? "" : jobType;
    }

    private static void requireFiniteNonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(
                    field + " must be a finite number >= 0, got " + value);
        }
    }

    /** Derived scale-out feature {@code ln(instance_count)}. */
    public double instanceCountLog() {
        return Math.log(instanceCount);
    }

    /** Derived scale-out feature {@code 1 / (instance_count + 1e-6)}. */
    public double instanceCountDiv() {
        return 1.0 / (instanceCount + 1e-6);
    }

    /**
     * The context this run belongs to: every non-scale-out property except memory and slots
     * (SPEC §8).
     */
    public ContextKey context() {
        return new ContextKey(algorithm, machineType, jobArgs, dataSizeMB, dataCharacteristics,
                environment, jobType);
    }

    /** A copy of this record with another runtime. */
    public RunRecord withRuntime(double seconds) {
        return new RunRecord(algorithm, instanceCount, seconds, machineType, jobArgs, dataSizeMB,
                dataCharacteristics, environment, jobType, memory, slots);
    }

    /**
     * A copy of this record at another scale-out: memory and slots, cluster totals, scale with
     * the number of nodes ({@code memory * scaleOut / instanceCount}); everything else is kept.
     *
     * @throws IllegalArgumentException when {@code scaleOut < 1}
     */
    public RunRecord withScaleOut(int scaleOut) {
        if (scaleOut < 1) {
            throw new IllegalArgumentException("instance_count must be >= 1, got " + scaleOut);
        }
        double f = (double) scaleOut / instanceCount;
        return new RunRecord(algorithm, scaleOut, grossRuntime, machineType, jobArgs, dataSizeMB,
                dataCharacteristics, environment, jobType, memory == null ? null : memory * f,
                slots == null ? null : slots * f);
    }
}
