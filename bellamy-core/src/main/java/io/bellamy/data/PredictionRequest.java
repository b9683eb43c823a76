package io.bellamy.data;

import java.util.Objects;

/**
 * What a user asks before a job (SPEC §6): the job's context and the range of scale-outs to
 * consider. The algorithm and training target are chosen separately (command-line flags or the
 * HTTP body).
 *
 * @param minScaleOut smallest scale-out to consider, >= 1
 * @param maxScaleOut largest scale-out to consider, >= minScaleOut
 * @param machineType essential
 * @param jobArgs essential
 * @param dataSizeMB essential input size in MB, finite and >= 0
 * @param dataCharacteristics essential (may be empty)
 * @param environment essential
 * @param jobType optional ({@code ""} when absent)
 * @param memoryPerNode optional memory of one node in MB, or {@code null}
 * @param slotsPerNode optional cores of one node, or {@code null}
 */
public record PredictionRequest(
        int minScaleOut,
        int maxScaleOut,
        String machineType,
        String jobArgs,
        double dataSizeMB,
        String dataCharacteristics,
        String environment,
        String jobType,
        Double memoryPerNode,
        Double slotsPerNode) {

    /** Largest range a request may span, to keep a typo from asking for millions of rows. */
    public static final int MAX_RANGE = 10_000;

    /** Validates the range and the numbers, quoting the value. */
    public PredictionRequest {
        if (minScaleOut < 1) {
            throw new IllegalArgumentException("min_scale_out must be >= 1, got " + minScaleOut);
        }
        if (maxScaleOut < minScaleOut) {
            throw new IllegalArgumentException("min_scale_out (" + minScaleOut
                    + ") must not exceed max_scale_out (" + maxScaleOut + ")");
        }
        if (maxScaleOut - minScaleOut >= MAX_RANGE) {
            throw new IllegalArgumentException("the scale-out range " + minScaleOut + ".."
                    + maxScaleOut + " spans more than " + MAX_RANGE + " scale-outs");
        }
        Objects.requireNonNull(machineType, "machine_type");
        Objects.requireNonNull(jobArgs, "job_args");
        Objects.requireNonNull(dataCharacteristics, "data_characteristics");
        Objects.requireNonNull(environment, "environment");
        jobType = jobType == null ? "" : jobType;
        if (!Double.isFinite(dataSizeMB) || dataSizeMB < 0) {
            throw new IllegalArgumentException(
                    "data_size_MB must be a finite number >= 0, got " + dataSizeMB);
        }
        requireOptional("memory", memoryPerNode);
        requireOptional("slots", slotsPerNode);
    }

    private static void requireOptional(String name, Double value) {
        if (value != null && (!Double.isFinite(value) || value < 0)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }

    /** The run record this request describes at one scale-out (runtime set to 1 s as a placeholder). */
    public RunRecord asRecord(String algorithm, int scaleOut) {
        return new RunRecord(algorithm, scaleOut, 1.0, machineType, jobArgs, dataSizeMB,
                dataCharacteristics, environment, jobType,
                memoryPerNode == null ? null : memoryPerNode * scaleOut,
                slotsPerNode == null ? null : slotsPerNode * scaleOut);
    }

    /** Whether a historical run belongs to this request's context: every non-empty essential property equal. */
    public boolean matches(RunRecord run) {
        return (machineType.isEmpty() || machineType.equals(run.machineType()))
                && (jobArgs.isEmpty() || jobArgs.equals(run.jobArgs()))
                && dataSizeMB == run.dataSizeMB()
                && (dataCharacteristics.isEmpty()
                        || dataCharacteristics.equals(run.dataCharacteristics()))
                && (environment.isEmpty() || environment.equals(run.environment()));
    }
}
