package io.bellamy.tuning;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal truncated to {@code [a, b]}, computed in log space where tails need it.
 * The algorithms follow Optuna 5.0's {@code optuna/samplers/_tpe/_truncnorm.py} (itself derived
 * from SciPy's {@code truncnorm}): the mass of an interval is always computed in the left tail
 * by symmetry, {@code log Phi} uses an asymptotic series below -20, and the inverse CDF solves
 * {@code log Phi(x) = y} by Newton's method from a logistic or tail approximation.
 *
 * <p>All arguments are in standard units ({@code (x - loc) / scale}) unless named otherwise.
 */
final class TruncatedNormal {

    private static final double SQRT_2 = Math.sqrt(2.0);
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double LOGISTIC_APPROX = Math.sqrt(3.0) / Math.PI;
    private static final int NEWTON_ITERATIONS = 100;
    private static final double NEWTON_RTOL = 1e-8;
    private static final double NEWTON_ATOL_SCALE = 1e-8;

    private TruncatedNormal() {
    }

    /** The standard normal CDF {@code Phi(a)}, via erfc in the tails. */
    static double ndtr(double a) {
        double x = a / SQRT_2;
        if (x < -1.0 / SQRT_2) {
            return 0.5 * Erf.erfc(-x);
        }
        if (x < 1.0 / SQRT_2) {
            return 0.5 + 0.5 * Erf.erf(x);
        }
        return 1.0 - 0.5 * Erf.erfc(x);
    }

    /** {@code log Phi(a)}, accurate far into the left tail. */
    static double logNdtr(double a) {
        if (a > 6) {
            return -ndtr(-a); // log(1 - e) = -e for tiny e
        }
        if (a > -20) {
            return Math.log(ndtr(a));
        }
        // log Phi(a) = log(pdf(a) / -a) + log(1 - 1/a^2 + 3/a^4 - 15/a^6 + ...)
        double logLhs = -0.5 * a * a - Math.log(-a) - LOG_SQRT_2PI;
        double lastTotal = 0.0;
        double rightHandSide = 1.0;
        double numerator = 1.0;
        double denomFactor = 1.0;
        double denomConst = 1.0 / (a * a);
        double sign = 1.0;
        int i = 0;
        while (Math.abs(lastTotal - rightHandSide) > Math.ulp(1.0)) {
            i++;
            lastTotal = rightHandSide;
            sign = -sign;
            denomFactor *= denomConst;
            numerator *= 2 * i - 1;
            rightHandSide += sign * numerator * denomFactor;
        }
        return logLhs + Math.log(rightHandSide);
    }

    /** {@code log(Phi(b) - Phi(a))} for {@code a <= b}; {@code -Infinity} when {@code a == b}. */
    static double logGaussMass(double a, double b) {
        if (b <= 0) {
            double logB = logNdtr(b);
            return logB + Math.log1p(-Math.exp(logNdtr(a) - logB));
        }
        if (a > 0) {
            return logGaussMass(-b, -a);
        }
        // central case: 1 - Phi(a) - Phi(-b) avoids cancellation as the mass approaches 1
        return Math.log1p(-ndtr(a) - ndtr(-b));
    }

    /**
     * The {@code x} with {@code log Phi(x) = y}, for {@code y <= 0}: Newton's method on
     * {@code log Phi(x) - y} from Optuna's starting guesses, working on the left tail (the sign is
     * flipped for {@code y} near 0).
     */
    static double ndtriExp(double y) {
        if (y == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        if (y >= 0) {
            return Double.POSITIVE_INFINITY;
        }
        boolean flipped = y > -1e-2;
        double z = flipped ? Math.log(-Math.expm1(y)) : y;
        double x = z < -5 ? -Math.sqrt(-2.0 * (z + LOG_SQRT_2PI))
                : -LOGISTIC_APPROX * Math.log(Math.expm1(-z));
        for (int iteration = 0; iteration < NEWTON_ITERATIONS; iteration++) {
            double logNdtrX = logNdtr(x);
            double logPdfX = -0.5 * x * x - LOG_SQRT_2PI;
            double dx = (logNdtrX - z) * Math.exp(logNdtrX - logPdfX);
            x -= dx;
            // Optuna's relative tolerance; near x = 0 an absolute 1e-16 ends the loop as well
            if (Math.abs(dx) < NEWTON_RTOL * Math.max(Math.abs(x), NEWTON_ATOL_SCALE)) {
                break;
            }
        }
        return flipped ? -x : x;
    }

    /**
     * The quantile function of the standard normal truncated to {@code [a, b]}: the {@code c}
     * with {@code Phi(c) = Phi(a) + q (Phi(b) - Phi(a))}, clamped to {@code [a, b]}.
     *
     * @param q a probability in {@code [0, 1]}
     * @return the quantile; NaN when {@code a == b}
     */
    static double ppf(double q, double a, double b) {
        if (a == b) {
            return Double.NaN;
        }
        if (q == 0) {
            return a;
        }
        if (q == 1) {
            return b;
        }
        double logMass = logGaussMass(a, b);
        double x;
        if (a < 0) {
            x = ndtriExp(logAddExp(logNdtr(a), Math.log(q) + logMass));
        } else {
            // flip to the left tail, where log Phi is accurate
            x = -ndtriExp(logAddExp(logNdtr(-b), Math.log1p(-q) + logMass));
        }
        return Math.min(b, Math.max(a, x));
    }

    /**
     * The log density at {@code x} of the normal with mean {@code loc} and standard deviation
     * {@code scale} truncated to {@code [loc + a scale, loc + b scale]}; {@code -Infinity}
     * outside.
     *
     * @param x a point in the original (unstandardised) units
     * @param logMass {@code logGaussMass(a, b)}, passed in so that callers can cache it
     */
    static double logPdf(double x, double a, double b, double loc, double scale, double logMass) {
        double z = (x - loc) / scale;
        if (z < a || z > b) {
            return Double.NEGATIVE_INFINITY;
        }
        return -0.5 * z * z - LOG_SQRT_2PI - logMass - Math.log(scale);
    }

    /** {@code log(exp(p) + exp(q))} without overflow. */
    static double logAddExp(double p, double q) {
        if (p == Double.NEGATIVE_INFINITY) {
            return q;
        }
        if (q == Double.NEGATIVE_INFINITY) {
            return p;
        }
        double max = Math.max(p, q);
        return max + Math.log1p(Math.exp(-Math.abs(p - q)));
    }
}
