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
 * @param low90 the low end of the method's stated 90% interval, or NaN when it states none
 * @param high90 the high end, or NaN
 */
public record PointResult(int scaleOut, PointLabel label, double predicted, double actual,
        double relativeError, double predictMs, double low90, double high90) {

    /** Requires the label. */
    public PointResult {
        Objects.requireNonNull(label, "label");
    }

    /** A prediction without an interval. */
    public PointResult(int scaleOut, PointLabel label, double predicted, double actual,
            double relativeError, double predictMs) {
        this(scaleOut, label, predicted, actual, relativeError, predictMs, Double.NaN, Double.NaN);
    }

    /** Whether the method stated a 90% interval for this point. */
    public boolean hasInterval() {
        return !Double.isNaN(low90) && !Double.isNaN(high90);
    }

    /** Whether the actual runtime lies inside the stated 90% interval (false without one). */
    public boolean insideInterval() {
        return hasInterval() && actual >= low90 && actual <= high90;
    }
}
