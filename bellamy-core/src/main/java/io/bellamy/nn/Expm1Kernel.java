package io.bellamy.nn;

/**
 * {@code expm1(x)} for non-positive {@code x}, vectorisable by HotSpot C2 (JDK 17 has no vector
 * exp; {@link Math#exp} costs about 4 ns per call, {@link Math#tanh} about 25 ns).
 *
 * <p>Method: clamp {@code x} to {@code [-40, 0]} (below -37.5 {@code expm1} rounds to -1),
 * scale by {@code 2^-8}, evaluate the degree-12 Taylor polynomial of {@code expm1} with Estrin's
 * scheme (truncation error below {@code 3e-18} relative on {@code [-0.157, 0]}), then undo the
 * scaling with eight steps {@code u <- u * (2 + u)}, the identity {@code expm1(2t) =
 * expm1(t) * (2 + expm1(t))}. For {@code u} in {@code [-1, 0]} that step does not amplify
 * relative error, so the result stays within a few ulps of {@link Math#expm1} (the tests bound it
 * by 8 ulps); it is also relative-accurate near zero, unlike {@code exp(x) - 1}.
 */
final class Expm1Kernel {

    private static final double C2 = 1.0 / 2;
    private static final double C3 = 1.0 / 6;
    private static final double C4 = 1.0 / 24;
    private static final double C5 = 1.0 / 120;
    private static final double C6 = 1.0 / 720;
    private static final double C7 = 1.0 / 5040;
    private static final double C8 = 1.0 / 40320;
    private static final double C9 = 1.0 / 362880;
    private static final double C10 = 1.0 / 3628800;
    private static final double C11 = 1.0 / 39916800;
    private static final double C12 = 1.0 / 479001600;
    /** Inputs below this give -1 (exactly the rounded value of expm1 there). */
    static final double LOWER_CLAMP = -40.0;
    /** {@code 2^-8}: the argument is scaled into {@code [-0.157, 0]}, eight squarings undo it. */
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

    /** {@code expm1(t)} for {@code t} in {@code [-0.157, 0]}: degree-12 Taylor, Estrin's scheme. */
    private static double polynomial(double t) {
        double t2 = t * t;
        double t4 = t2 * t2;
        double t8 = t4 * t4;
        double a0 = 1.0 + C2 * t;
        double a1 = C3 + C4 * t;
        double a2 = C5 + C6 * t;
        double a3 = C7 + C8 * t;
        double a4 = C9 + C10 * t;
        double a5 = C11 + C12 * t;
        double b0 = a0 + a1 * t2;
        double b1 = a2 + a3 * t2;
        double b2 = a4 + a5 * t2;
        return ((b0 + b1 * t4) + b2 * t8) * t;
    }
}
