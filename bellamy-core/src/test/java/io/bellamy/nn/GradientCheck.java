package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleSupplier;

/**
 * Compares analytic gradients with central finite differences of fourth order,
 * {@code f'(x) ~ (8 (f(x+h) - f(x-h)) - (f(x+2h) - f(x-2h))) / (12 h)}, whose truncation error
 * ({@code O(h^4)}) is far below round-off for {@code h = 1e-5}.
 *
 * <p>Criterion per component: {@code |analytic - numeric| <= RELATIVE * max(|analytic|,
 * |numeric|) + ABSOLUTE}, i.e. a relative error of at most 1e-6, with an absolute allowance of
 * 1e-11 for the round-off of the finite difference itself ({@code ~ eps * |f| / h}) on components
 * near zero.
 */
public final class GradientCheck {

    /** The relative tolerance. */
    public static final double RELATIVE = 1e-6;
    /** The absolute allowance for round-off on components near zero. */
    public static final double ABSOLUTE = 1e-11;
    /** The default step. */
    public static final double STEP = 1e-5;

    private GradientCheck() {
    }

    /** The fourth-order central difference of {@code f} in {@code values[index]} (restored after). */
    public static double numeric(double[] values, int index, DoubleSupplier f, double h) {
        double x = values[index];
        values[index] = x + h;
        double p1 = f.getAsDouble();
        values[index] = x - h;
        double m1 = f.getAsDouble();
        values[index] = x + 2 * h;
        double p2 = f.getAsDouble();
        values[index] = x - 2 * h;
        double m2 = f.getAsDouble();
        values[index] = x;
        return (8 * (p1 - m1) - (p2 - m2)) / (12 * h);
    }

    /**
     * Checks {@code analytic[k]} against the finite difference of {@code f} in
     * {@code values[indices[k]]} for every {@code k}; fails listing the worst component.
     *
     * @return the largest relative error {@code |a - n| / max(|a|, |n|)} over components whose
     *     magnitude exceeds 1e-5 (for reporting)
     */
    public static double check(String what, double[] values, int[] indices, double[] analytic,
            DoubleSupplier f) {
        double worstRelative = 0;
        double worstExcess = 0;
        String worst = null;
        for (int k = 0; k < indices.length; k++) {
            double a = analytic[k];
            double n = numeric(values, indices[k], f, STEP);
            double scale = Math.max(Math.abs(a), Math.abs(n));
            double err = Math.abs(a - n);
            double allowed = RELATIVE * scale + ABSOLUTE;
            if (!(err <= allowed) && (worst == null || err / allowed > worstExcess)) {
                worstExcess = err / allowed;
                worst = what + "[" + indices[k] + "]: analytic " + a + ", numeric " + n;
            }
            if (scale > 1e-5) {
                worstRelative = Math.max(worstRelative, err / scale);
            }
        }
        if (worst != null) {
            fail("gradient check failed, worst " + worst + " (" + worstExcess
                    + " x the tolerance)");
        }
        return worstRelative;
    }

    /** {@code 0, 1, ..., n-1}. */
    public static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
