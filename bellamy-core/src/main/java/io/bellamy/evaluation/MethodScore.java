package io.bellamy.evaluation;

import java.util.Objects;

/**
 * How well one method predicted a group of test points.
 *
 * @param method the method's name
 * @param all every point of the group
 * @param interpolation its interpolation points only
 * @param extrapolation its extrapolation points only
 */
public record MethodScore(String method, ErrorStats all, ErrorStats interpolation,
        ErrorStats extrapolation) {

    /** Requires every value. */
    public MethodScore {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(interpolation, "interpolation");
        Objects.requireNonNull(extrapolation, "extrapolation");
    }
}
