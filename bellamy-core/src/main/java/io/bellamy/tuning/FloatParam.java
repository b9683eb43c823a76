package io.bellamy.tuning;

/**
 * A float hyperparameter on the closed range {@code [low, high]}, sampled uniformly or, with
 * {@code log}, uniformly in {@code log(x)} (Optuna's {@code FloatDistribution} without a step).
 *
 * @param name the parameter name; not blank
 * @param low the smallest value, finite, below {@code high}; above 0 when {@code log}
 * @param high the largest value, finite
 * @param log whether the parameter is searched on a log scale
 */
public record FloatParam(String name, double low, double high, boolean log) implements ParamSpec {

    /** Validates the range. */
    public FloatParam {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "float parameter name must not be blank, got '" + name + "'");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("float parameter '" + name
                    + "' needs finite bounds, got low=" + low + ", high=" + high);
        }
        if (low >= high) {
            throw new IllegalArgumentException("float parameter '" + name
                    + "' needs low < high, got low=" + low + ", high=" + high);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("float parameter '" + name
                    + "' on a log scale needs low > 0, got low=" + low);
        }
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Number number
                && number.doubleValue() >= low && number.doubleValue() <= high;
    }

    @Override
    public double toInternal(Object value) {
        if (!contains(value)) {
            throw new IllegalArgumentException("float parameter '" + name + "' needs a number in ["
                    + low + ", " + high + "], got " + value);
        }
        return ((Number) value).doubleValue();
    }

    @Override
    public Object fromInternal(double internal) {
        if (Double.isNaN(internal)) {
            throw new IllegalArgumentException(
                    "float parameter '" + name + "' got a NaN internal value");
        }
        return Math.min(high, Math.max(low, internal));
    }
}
