package io.bellamy.nn;

/**
 * {@code expm1(x)} for non-positive {@code x}, vectorisable by HotSpot C2 (JDK 17 has no vector
 * exp; {@link Math#exp} costs about 4 ns per call, {@link Math#tanh} about 25 ns).
 *
 * <p>Method: clamp {@code x} to {@code [-40, 0]} (below -37.5 {@code expm1} rounds to -1),
 * scale by {@code 2^-8} to {@code t} in {@code [-0.15625, 0]}, evaluate
 * {@code expm1(t) = t * q(t)} with a degree-8 polynomial {@code q} (Estrin's scheme; coefficients
 * of a Chebyshev fit of {@code expm1(t)/t} on that interval, {@code mpmath.chebyfit} at 50
 * digits, maximum error 1.1e-19), then undo the scaling with eight steps
 * {@code u <- u * (2 + u)}, the identity {@code expm1(2t) = expm1(t) * (2 + expm1(t))}. For
 * {@code u} in {@code [-1, 0]} that step does not amplify relative error, so the result stays
 * within a few ulps of {@link Math#expm1} (the tests bound it by 8 ulps); it is also
 * relative-accurate near zero, unlike {@code exp(x) - 1}.
 */
final class Expm1Kernel {

    private static final double Q1 = 0.4999999999999999;
    private static final double Q2 = 0.16666666666664728;
    private static final double Q3 = 0.041666666665391795;
    private static final double Q4 = 0.008333333291313737;
    private static final double Q5 = 0.0013888881103078013;
    private static final double Q6 = 0.00019840421312090973;
    private static final double Q7 = 2.4747553464058352e-05;
    private static final double Q8 = 2.569009239392843e-06;
    /** Inputs below this give -1 (exactly the rounded value of expm1 there). */
    static final double LOWER_CLAMP = -40.0;
    /** {@code 2^-8}: the argument is scaled into {@code [-0.15625, 0]}, eight squarings undo it. */
    private static final double SCALE = 0x1p-8;

    private Expm1Kernel() {
    }

    /** How the kernel derives its non-positive argument from the input value {@code x}. */
    enum Argument {
        /** {@code x} itself, which must be {@code <= 0}. */
        AS_IS,
        /** {@code min(x, 0)}: the negative branch of ELU-like functions. */
        NEGATIVE_PART,
        /** {@code -2 |x|}: for {@code tanh(|x|) = -u / (2 + u)}. */
        MINUS_TWICE_ABS
    }

    /**
     * {@code out[i] = expm1(x[i])} for {@code i < n}; {@code x[i]} must be {@code <= 0} (positive
     * inputs give inaccurate results) or NaN (gives NaN). {@code out} may be {@code x}.
     */
    static void nonPositive(double[] x, double[] out, int n) {
        apply(Argument.AS_IS, x, out, n);
    }

    /**
     * {@code out[i] = expm1(a(x[i]))} for {@code i < n}, where {@code a} is the chosen
     * {@link Argument}. {@code out} may be {@code x} only for {@link Argument#AS_IS}.
     */
    static void apply(Argument argument, double[] x, double[] out, int n) {
        switch (argument) {
            case AS_IS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = polynomial(Math.max(x[i], LOWER_CLAMP) * SCALE);
                }
            }
            case NEGATIVE_PART -> {
                for (int i = 0; i < n; i++) {
                    out[i] = polynomial(Math.max(Math.min(x[i], 0.0), LOWER_CLAMP) * SCALE);
                }
            }
            case MINUS_TWICE_ABS -> {
                for (int i = 0; i < n; i++) {
                    out[i] = polynomial(Math.max(-2.0 * Math.abs(x[i]), LOWER_CLAMP) * SCALE);
                }
            }
            default -> throw new IllegalStateException("unknown argument " + argument);
        }
        for (int i = 0; i < n; i++) {
            double u = out[i];
            u = u * (2.0 + u);
            u = u * (2.0 + u);
            u = u * (2.0 + u);
            u = u * (2.0 + u);
            u = u * (2.0 + u);
            u = u * (2.0 + u);
            u = u * (2.0 + u);
            u = u * (2.0 + u);
            out[i] = u;
        }
    }

    /** {@code expm1(t)} for {@code t} in {@code [-0.15625, 0]}: {@code t * q(t)}. */
    private static double polynomial(double t) {
        double t2 = t * t;
        double t4 = t2 * t2;
        double t8 = t4 * t4;
        double p0 = 1.0 + Q1 * t;
        double p1 = Q2 + Q3 * t;
        double p2 = Q4 + Q5 * t;
        double p3 = Q6 + Q7 * t;
        double q = ((p0 + p1 * t2) + (p2 + p3 * t2) * t4) + Q8 * t8;
        return q * t;
    }
}
