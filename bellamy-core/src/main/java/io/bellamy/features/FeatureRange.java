package io.bellamy.features;

/**
 * The fitted minimum and maximum of one scale-out feature, and the min-max scaling they define.
 *
 * <p>Scaling follows scikit-learn's {@code MinMaxScaler(feature_range=(0, 1))} to the last bit:
 * {@code y = x * scale + offset} with {@code scale = 1 / (max - min)} and
 * {@code offset = -min * scale}. A constant column (range below {@code 10 * 2^-52}, as
 * scikit-learn's {@code _handle_zeros_in_scale} decides) gets {@code scale = 1}: values are
 * shifted, not scaled, so the fitted value maps to 0 and nothing is NaN. Values outside
 * {@code [min, max]} map outside {@code [0, 1]}; they are not clipped.
 *
 * @param min the smallest fitted value, finite
 * @param max the largest fitted value, finite, {@code >= min}
 */
public record FeatureRange(double min, double max) {

    private static final double CONSTANT_RANGE = 10 * Math.ulp(1.0);

    /** Validates the range. */
    public FeatureRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException(
                    "feature range needs finite min <= max, got [" + min + ", " + max + "]");
        }
    }

    /** Whether the fitted column was constant (scaling then only shifts). */
    public boolean isConstant() {
        return max - min < CONSTANT_RANGE;
    }

    /** Scales one value. */
    public double scale(double x) {
        double scale = 1.0 / (isConstant() ? 1.0 : max - min);
        double offset = -min * scale;
        return x * scale + offset;
    }
}
