package io.bellamy.tuning;

import java.util.Arrays;

/**
 * NumPy's default ({@code method="linear"}) percentile, reproduced operation for operation so
 * that ASHA cutoffs equal Ray Tune's bit for bit: the sorted values are interpolated at the
 * virtual index {@code (n - 1) * (q / 100)} with NumPy's {@code _lerp}, which for a weight
 * {@code t >= 0.5} computes {@code b - (b - a) * (1 - t)} instead of {@code a + (b - a) * t}
 * ({@code numpy/lib/_function_base_impl.py}).
 */
final class NumpyPercentile {

    private NumpyPercentile() {
    }

    /**
     * The {@code q}-th percentile of {@code values}.
     *
     * @param values at least one finite value; not modified
     * @param q the percentile in {@code [0, 100]}
     */
    static double of(double[] values, double q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("percentile of no values");
        }
        if (!(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + q);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double virtualIndex = (n - 1) * (q / 100);
        if (virtualIndex >= n - 1) {
            return sorted[n - 1];
        }
        int previous = (int) Math.floor(virtualIndex);
        double gamma = virtualIndex - previous;
        double a = sorted[previous];
        double b = sorted[previous + 1];
        double diff = b - a;
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }
}
