package io.bellamy.evaluation;

import java.util.Objects;

/**
 * One prediction of a case's test point.
 *
 * @param scaleOut the test scale-out
 * @param label interpolation or extrapolation
 * @param predicted the predicted runtime in seconds
 * @param actual the median runtime in seconds at the scale-out
 * @param relativeError {@code |predicted - actual| / actual}
 * @param predictMs wall time of the prediction in milliseconds
 */
public record PointResult(int scaleOut, PointLabel label, double predicted, double actual,
        double relativeError, double predictMs) {

    /** Requires the label. */
    public PointResult {
        Objects.requireNonNull(label, "label");
    }
}
