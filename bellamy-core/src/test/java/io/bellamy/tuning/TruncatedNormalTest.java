package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Known values printed by Optuna 5.0's {@code _truncnorm} (SciPy-derived) for the same
 * arguments; the closed forms are given where they exist.
 */
class TruncatedNormalTest {

    /** Differences between erf implementations stay well below this. */
    private static final double TOL = 1e-12;
    /** The inverse CDF is solved by Newton's method to a relative 1e-8, as in Optuna. */
    private static final double PPF_TOL = 1e-9;

    @Test
    void logNdtrAcrossTheRange() {
        assertEquals(Math.log(0.5), TruncatedNormal.logNdtr(0.0), TOL);
        assertEquals(-1.8410216450092634, TruncatedNormal.logNdtr(-1.0), TOL);
        assertEquals(-0.1727537790234499, TruncatedNormal.logNdtr(1.0), TOL);
        assertEquals(-15.064998393988724, TruncatedNormal.logNdtr(-5.0), TOL);
        assertEquals(-203.91715537109727, TruncatedNormal.logNdtr(-20.0), 1e-12 * 204);
        // below -20 the asymptotic series takes over
        assertEquals(-454.32124395634315, TruncatedNormal.logNdtr(-30.0), 1e-12 * 455);
        assertEquals(-1.279812543885835e-12, TruncatedNormal.logNdtr(7.0), 1e-24);
    }

    @Test
    void logGaussMassOfIntervals() {
        // log(erf(1/sqrt 2)) for the central interval [-1, 1]
        assertEquals(-0.38171514630212616, TruncatedNormal.logGaussMass(-1, 1), TOL);
        assertEquals(-1.0748623268620714, TruncatedNormal.logGaussMass(0, 1), TOL);
        assertEquals(-0.1727537790234499, TruncatedNormal.logGaussMass(-1, 30), TOL);
        // symmetric intervals in either tail have the same mass
        assertEquals(-3.8443534263342047, TruncatedNormal.logGaussMass(2, 3), TOL);
        assertEquals(-3.8443534263342047, TruncatedNormal.logGaussMass(-3, -2), TOL);
        assertEquals(-765.0831565643776, TruncatedNormal.logGaussMass(-40, -39), 1e-12 * 765);
        assertEquals(-765.0831565643776, TruncatedNormal.logGaussMass(39, 40), 1e-12 * 765);
        assertEquals(-214.0667289632638, TruncatedNormal.logGaussMass(-25, -20.5), 1e-12 * 214);
        assertEquals(Double.NEGATIVE_INFINITY, TruncatedNormal.logGaussMass(1.5, 1.5));
    }

    @Test
    void ppfInvertsTheTruncatedCdf() {
        assertEquals(0.0, TruncatedNormal.ppf(0.5, -1, 1), PPF_TOL);
        assertEquals(-0.34921993245688226, TruncatedNormal.ppf(0.3, -1, 1), PPF_TOL);
        assertEquals(1.8512240709778358, TruncatedNormal.ppf(0.9, 0.5, 3), PPF_TOL);
        assertEquals(-25.09178877076615, TruncatedNormal.ppf(0.1, -30, -25), PPF_TOL * 25);
        assertEquals(3.0970605095982875, TruncatedNormal.ppf(0.999, -2, 8), PPF_TOL);
        assertEquals(-0.9999999966169683, TruncatedNormal.ppf(1e-9, -1, 2), PPF_TOL);
        assertEquals(-1.0, TruncatedNormal.ppf(0.0, -1, 2));
        assertEquals(2.0, TruncatedNormal.ppf(1.0, -1, 2));
        assertTrue(Double.isNaN(TruncatedNormal.ppf(0.5, 1, 1)));
    }

    @Test
    void ppfRoundTripsThroughTheMass() {
        // q = (Phi(x) - Phi(a)) / (Phi(b) - Phi(a)) for x = ppf(q)
        double a = -0.7;
        double b = 2.2;
        for (double q = 0.05; q < 1; q += 0.1) {
            double x = TruncatedNormal.ppf(q, a, b);
            double back = Math.exp(
                    TruncatedNormal.logGaussMass(a, x) - TruncatedNormal.logGaussMass(a, b));
            assertEquals(q, back, PPF_TOL, "q = " + q);
        }
    }

    @Test
    void logPdfOfTruncatedNormals() {
        double massMinusOneOne = TruncatedNormal.logGaussMass(-1, 1);
        // -log(sqrt(2 pi)) - log(erf(1/sqrt 2)) at the centre of [-1, 1]
        assertEquals(-0.5372233869025465,
                TruncatedNormal.logPdf(0.0, -1, 1, 0, 1, massMinusOneOne), TOL);
        assertEquals(-1.1727803483487185, TruncatedNormal.logPdf(2.5, -0.5, 1.5, 2, 2,
                TruncatedNormal.logGaussMass(-0.5, 1.5)), TOL);
        assertEquals(-8.918875188714786, TruncatedNormal.logPdf(-3.0, -4, 4, 1, 1,
                TruncatedNormal.logGaussMass(-4, 4)), TOL);
        assertEquals(Double.NEGATIVE_INFINITY,
                TruncatedNormal.logPdf(1.5, -1, 1, 0, 1, massMinusOneOne));
    }

    @Test
    void logAddExpHandlesInfinities() {
        assertEquals(Math.log(3), TruncatedNormal.logAddExp(Math.log(1), Math.log(2)), TOL);
        assertEquals(-2.0, TruncatedNormal.logAddExp(Double.NEGATIVE_INFINITY, -2.0));
        assertEquals(-2.0, TruncatedNormal.logAddExp(-2.0, Double.NEGATIVE_INFINITY));
        assertEquals(1000 + Math.log(2), TruncatedNormal.logAddExp(1000, 1000), TOL);
    }
}
