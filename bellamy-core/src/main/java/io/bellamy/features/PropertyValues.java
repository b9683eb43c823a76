package io.bellamy.features;

import io.bellamy.data.RunRecord;

/**
 * The context property values of one row to encode: a run record's, or a prediction request's at
 * one scale-out. Text is never null ({@code ""} when absent); numbers are null when absent.
 *
 * <p>{@code memory} and {@code slots} are cluster totals here, as in run records. A request gives
 * them per node; {@link #atScaleOut(int)} turns per-node values into the totals at a scale-out
 * (SPEC §6 step 4).
 *
 * @param machineType essential text
 * @param jobArgs essential text
 * @param dataSizeMB essential number (MB), or null (encoded as 0)
 * @param dataCharacteristics essential text
 * @param environment essential text
 * @param jobType optional text
 * @param memory optional number (MB), or null
 * @param slots optional number (cores), or null
 */
public record PropertyValues(
        String machineType,
        String jobArgs,
        Double dataSizeMB,
        String dataCharacteristics,
        String environment,
        String jobType,
        Double memory,
        Double slots) {

    /** Replaces null text by {@code ""}; rejects negative or non-finite numbers. */
    public PropertyValues {
        machineType = machineType == null ? "" : machineType;
        jobArgs = jobArgs == null ? "" : jobArgs;
        dataCharacteristics = dataCharacteristics == null ? "" : dataCharacteristics;
        environment = environment == null ? "" : environment;
        jobType = jobType == null ? "" : jobType;
        requireFiniteNonNegative("data_size_MB", dataSizeMB);
        requireFiniteNonNegative("memory", memory);
        requireFiniteNonNegative("slots", slots);
    }

    /** The essential properties only; the optional ones absent. */
    public static PropertyValues essential(String machineType, String jobArgs, Double dataSizeMB,
            String dataCharacteristics, String environment) {
        return new PropertyValues(machineType, jobArgs, dataSizeMB, dataCharacteristics,
                environment, "", null, null);
    }

    /** These values with the given optional properties (null or {@code ""} for absent). */
    public PropertyValues withOptional(String jobType, Double memory, Double slots) {
        return new PropertyValues(machineType, jobArgs, dataSizeMB, dataCharacteristics,
                environment, jobType, memory, slots);
    }

    /** The property values of a run record (memory and slots as the record's cluster totals). */
    public static PropertyValues of(RunRecord r) {
        return new PropertyValues(r.machineType(), r.jobArgs(), r.dataSizeMB(),
                r.dataCharacteristics(), r.environment(), r.jobType(), r.memory(), r.slots());
    }

    /**
     * Reads these values as per node and returns the cluster totals at {@code scaleOut} nodes:
     * memory and slots multiplied by it, everything else unchanged.
     */
    public PropertyValues atScaleOut(int scaleOut) {
        if (scaleOut < 1) {
            throw new IllegalArgumentException("scale-out must be >= 1, got " + scaleOut);
        }
        return new PropertyValues(machineType, jobArgs, dataSizeMB, dataCharacteristics,
                environment, jobType, memory == null ? null : memory * scaleOut,
                slots == null ? null : slots * scaleOut);
    }

    private static void requireFiniteNonNegative(String field, Double value) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            throw new IllegalArgumentException(
                    field + " must be a finite number >= 0 or absent, got " + value);
        }
    }
}
