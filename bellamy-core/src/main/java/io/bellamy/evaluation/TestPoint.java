package io.bellamy.evaluation;

import java.util.Objects;

/**
 * One scale-out of the target context that a case tests on.
 *
 * @param scaleOut the scale-out, at least 1
 * @param medianRuntime the median runtime in seconds of all repetitions there, finite and > 0
 * @param label whether it is an interpolation or extrapolation point
 */
public record TestPoint(int scaleOut, double medianRuntime, PointLabel label) {

    /** Validates the values. */
    public TestPoint {
        if (scaleOut < 1) {
            throw new IllegalArgumentException("scale-out must be >= 1, got " + scaleOut);
        }
        if (!Double.isFinite(medianRuntime) || medianRuntime <= 0) {
            throw new IllegalArgumentException(
                    "median runtime must be a finite number > 0, got " + medianRuntime);
        }
        Objects.requireNonNull(label, "label");
    }
}
