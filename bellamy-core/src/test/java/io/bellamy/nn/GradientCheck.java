package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleSupplier;

/**
 * Compares analytic gradients with central finite differences of fourth order,
 * {@code f'(x) ~ (8 (f(x+h) - f(x-h)) - (f(x+2h) - f(x-2h))) / (12 h)}, whose truncation error
 * ({@code O(h^4)}) is far below round-off for {@code h = 1e-5}.
 *
 * <p>Criterion per component: {@code |analytic - numeric| <= 1e-6 * max(|analytic|, |numeric|)
 * + 4 * eps * max(1, |f|) / h}: a relative error of at most 1e-6, plus the round-off of the
 * finite difference itself, which matters only for components near zero. SELU and smooth L1 are
 * only piecewise smooth: when a kink lies inside the stencil the estimate is wrong, so a
 * component that fails with {@code h = 1e-5} is retried with {@code h/4} and {@code h/16}
 * (a kink cannot sit inside all three stencils unless it is at the point itself).
 */
public final class GradientCheck {

    /** The relative tolerance. */
    public static final double RELATIVE = 1e-6;
    /** The first step. */
    public static final double STEP = 1e-5;
    private static final double[] STEPS = {STEP, STEP / 4, STEP / 16};
    private static final double EPS = Math.ulp(1.0);

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
     *     magnitude exceeds 1e-4 (for reporting)
     */
    public static double check(String what, double[] values, int[] indices, double[] analytic,
            DoubleSupplier f) {
        double scaleOfF = Math.max(1.0, Math.abs(f.getAsDouble()));
        double worstRelative = 0;
        double worstExcess = 0;
        String worst = null;
        for (int k = 0; k < indices.length; k++) {
            double a = analytic[k];
            boolean passed = false;
            double excess = Double.POSITIVE_INFINITY;
            double lastNumeric = Double.NaN;
            for (double h : STEPS) {
                double n = numeric(values, indices[k], f, h);
                double scale = Math.max(Math.abs(a), Math.abs(n));
                double err = Math.abs(a - n);
                double allowed = RELATIVE * scale + 4 * EPS * scaleOfF / h;
                if (err <= allowed) {
                    passed = true;
                    if (scale > 1e-4) {
                        worstRelative = Math.max(worstRelative, err / scale);
                    }
                    break;
                }
                excess = Math.min(excess, err / allowed);
                lastNumeric = n;
            }
            if (!passed && excess > worstExcess) {
                worstExcess = excess;
                worst = what + "[" + indices[k] + "]: analytic " + a + ", numeric " + lastNumeric;
            }
        }
        if (worst != null) {
            fail("gradient check failed, worst " + worst + " (" + worstExcess
                    + " x the tolerance)");
        }
        return worstRelative;
    }

    /** {@code from, from + 1, ..., to - 1}. */
    public static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
