package io.bellamy.model;

/**
 * The ridge penalties of the default predictor's log-space correction
 * ({@code io.bellamy.adaptation.LogLinearCorrection}), as multiples of one scale-out's weight.
 *
 * @param level the penalty on the level, {@code >= 0}
 * @param slope the penalty on the slope, {@code >= 0}; infinite keeps the prior's slope
 */
public record CorrectionPenalties(double level, double slope) {

    /** Checks both are non-negative and the level's is finite. */
    public CorrectionPenalties {
        if (!(level >= 0) || !Double.isFinite(level)) {
            throw new IllegalArgumentException("level penalty must be finite and >= 0, got "
                    + level);
        }
        if (!(slope >= 0)) {
            throw new IllegalArgumentException("slope penalty must be >= 0, got " + slope);
        }
    }
}
