package io.bellamy.tuning;

import java.util.Objects;

/**
 * What a {@link Sampler} may know about a finished trial.
 *
 * @param number the trial number (0-based, in creation order)
 * @param params the trial's parameters
 * @param status how it ended
 * @param value the trial's score for the sampler: its last reported metric (lower is better);
 *     NaN when it has none (a failed trial, or one that failed before its first epoch)
 */
public record FinishedTrial(int number, TrialParams params, TrialStatus status, double value) {

    /** Validates. */
    public FinishedTrial {
        if (number < 0) {
            throw new IllegalArgumentException("trial number must be >= 0, got " + number);
        }
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(status, "status");
        if (status != TrialStatus.FAILED && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a " + status + " trial needs a finite value, got "
                    + value + " for trial " + number);
        }
    }

    /** Whether a sampler should learn from this trial: not failed, with a finite value. */
    public boolean isObservation() {
        return status != TrialStatus.FAILED && Double.isFinite(value);
    }
}
