package io.bellamy.features;

import java.util.List;
import java.util.Objects;

/**
 * The fitted scale-out features of SPEC §3: {@code [instance_count_div, instance_count_log,
 * instance_count]} = {@code [1 / (n + 1e-6), ln(n), n]}, each min-max scaled with its
 * {@link FeatureRange} fitted on the pre-training records.
 *
 * @param div range of {@code 1 / (n + 1e-6)}
 * @param log range of {@code ln(n)}
 * @param count range of {@code n}
 */
public record ScaleOutScaler(FeatureRange div, FeatureRange log, FeatureRange count) {

    /** Number of scale-out features. */
    public static final int FEATURES = 3;

    /** Feature names in order, as the prototype calls them. */
    public static final List<String> FEATURE_NAMES =
            List.of("instance_count_div", "instance_count_log", "instance_count");

    /** Requires all three ranges. */
    public ScaleOutScaler {
        Objects.requireNonNull(div, "div");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(count, "count");
    }

    /** The three ranges in feature order. */
    public List<FeatureRange> ranges() {
        return List.of(div, log, count);
    }

    /**
     * The unscaled features of scale-out {@code n}: {@code [1 / (n + 1e-6), ln(n), n]}, the same
     * values as {@code RunRecord.instanceCountDiv()}, {@code instanceCountLog()} and
     * {@code instanceCount()}.
     */
    public static double[] rawFeatures(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("scale-out must be >= 1, got " + n);
        }
        return new double[] {1.0 / (n + 1e-6), Math.log(n), n};
    }

    /** The scaled features of scale-out {@code n}, a new array of {@link #FEATURES} values. */
    public double[] transform(int n) {
        double[] out = new double[FEATURES];
        transformInto(n, out, 0);
        return out;
    }

    /** Writes the scaled features of scale-out {@code n} into {@code out[offset .. offset + 3)}. */
    public void transformInto(int n, double[] out, int offset) {
        double[] raw = rawFeatures(n);
        out[offset] = div.scale(raw[0]);
        out[offset + 1] = log.scale(raw[1]);
        out[offset + 2] = count.scale(raw[2]);
    }
}
