package io.bellamy.tuning;

/**
 * An int hyperparameter on the closed range {@code [low, high]} with step 1, sampled uniformly
 * or, with {@code log}, uniformly in {@code log(x)} (Optuna's {@code IntDistribution}).
 *
 * @param name the parameter name; not blank
 * @param low the smallest value, below {@code high}; at least 1 when {@code log}
 * @param high the largest value
 * @param log whether the parameter is searched on a log scale
 */
public record IntParam(String name, int low, int high, boolean log) implements ParamSpec {

    /** Validates the range. */
    public IntParam {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "int parameter name must not be blank, got '" + name + "'");
        }
        if (low >= high) {
            throw new IllegalArgumentException("int parameter '" + name
                    + "' needs low < high, got low=" + low + ", high=" + high);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("int parameter '" + name
                    + "' on a log scale needs low > 0, got low=" + low);
        }
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Integer integer && integer >= low && integer <= high;
    }

    @Override
    public double toInternal(Object value) {
        if (!contains(value)) {
            throw new IllegalArgumentException("int parameter '" + name
                    + "' needs an Integer in [" + low + ", " + high + "], got " + value
                    + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")"));
        }
        return (Integer) value;
    }

    @Override
    public Object fromInternal(double internal) {
        if (Double.isNaN(internal)) {
            throw new IllegalArgumentException(
                    "int parameter '" + name + "' got a NaN internal value");
        }
        return (int) Math.min(high, Math.max(low, Math.rint(internal)));
    }
}
