package io.bellamy.adaptation;

import static io.bellamy.adaptation.Fixtures.rel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The prior curve: the model itself inside the pre-training range where it is positive, never
 * zero or negative anywhere, an Ernest-shaped extension outside that meets the curve at the edges
 * and reproduces a model that is itself an Ernest curve, and the geometric blend of two curves.
 */
class PriorCurveTest {

    /** Exact arithmetic up to rounding. */
    private static final double EXACT = 1e-12;
    /** Recovery of an Ernest curve through NNLS on exact data. */
    private static final double RECOVERY = 1e-9;
    /** The farthest scale-out the extension is checked at. */
    private static final int FAR = 1000;

    private static double ernest(double[] theta, int n) {
        return theta[0] + theta[1] / n + theta[2] * Math.log(n) + theta[3] * n;
    }

    private static double shape(PriorCurve c, int n) {
        return ernest(c.shapeCoefficients(), n);
    }

    @Test
    void insideTheRangeIsTheModelWhereverItIsPositive() {
        IntToDoubleFunction model = n -> 30 + 500.0 / n + 7 * Math.sin(n);
        PriorCurve c = PriorCurve.fit(model, 2, 12, 99);
        assertEquals(2, c.lo());
        assertEquals(12, c.hi());
        assertTrue(c.modelUsedInside());
        for (int n = 2; n <= 12; n++) {
            assertEquals(model.applyAsDouble(n), c.runtime(n), 0.0, "n=" + n);
        }
    }

    @Test
    void callsTheModelOnceAtEveryScaleOutOfTheRange() {
        List<Integer> calls = new ArrayList<>();
        PriorCurve.fit(n -> {
            calls.add(n);
            return 10.0 * n;
        }, 3, 9, 1);
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), calls);
    }

    @Test
    void nonPositivePredictionsAreReplacedByTheShapeAndTheCurveStaysPositive() {
        // positive for n < 10, zero at 10, negative above, NaN at 5
        IntToDoubleFunction model = n -> n == 5 ? Double.NaN : 50 - 5.0 * n;
        PriorCurve c = PriorCurve.fit(model, 2, 14, 99);
        assertFalse(c.modelUsedInside());
        for (int n = 2; n <= 14; n++) {
            double m = model.applyAsDouble(n);
            if (m > 0) {
                assertEquals(m, c.runtime(n), 0.0, "positive prediction kept at n=" + n);
            } else {
                assertEquals(shape(c, n), c.runtime(n), EXACT * shape(c, n), "shape at n=" + n);
            }
        }
        double[] theta = c.shapeCoefficients();
        for (double t : theta) {
            assertTrue(t >= 0, "Ernest coefficients are non-negative: " + t);
        }
        for (int n = 1; n <= FAR; n++) {
            double r = c.runtime(n);
            assertTrue(r > 0 && Double.isFinite(r), "positive at n=" + n + ", got " + r);
        }
    }

    @Test
    void aModelWithNothingPositiveGivesTheFlatFallback() {
        for (IntToDoubleFunction model : List.<IntToDoubleFunction>of(n -> -3.0 * n, n -> 0.0,
                n -> Double.NaN, n -> Double.NEGATIVE_INFINITY)) {
            PriorCurve c = PriorCurve.fit(model, 4, 20, 123.5);
            assertFalse(c.modelUsedInside());
            assertArrayEquals(new double[] {123.5, 0, 0, 0}, c.shapeCoefficients(), 0.0);
            for (int n = 1; n <= FAR; n++) {
                assertEquals(123.5, c.runtime(n), 0.0, "n=" + n);
            }
        }
    }

    @Test
    void anInfinitePredictionIsTreatedAsMissing() {
        PriorCurve c = PriorCurve.fit(n -> n == 6 ? Double.POSITIVE_INFINITY : 100.0, 4, 8, 1);
        assertFalse(c.modelUsedInside());
        assertEquals(100.0, c.runtime(6), 100 * RECOVERY);
    }

    @Test
    void theExtensionMeetsTheCurveAtBothEdges() {
        // not an Ernest curve: the extension is the fitted shape scaled to the edge values
        IntToDoubleFunction model = n -> 400 * Math.pow(n, -0.7) + 3 * Math.cos(n);
        PriorCurve c = PriorCurve.fit(model, 4, 16, 1);
        double atLo = c.runtime(4);
        double atHi = c.runtime(16);
        for (int n = 1; n < 4; n++) {
            double expected = atLo * shape(c, n) / shape(c, 4);
            assertEquals(expected, c.runtime(n), EXACT * expected, "below, n=" + n);
        }
        for (int n = 17; n <= FAR; n++) {
            double expected = atHi * shape(c, n) / shape(c, 16);
            assertEquals(expected, c.runtime(n), EXACT * expected, "above, n=" + n);
        }
        // one step past each edge moves the curve by no more than the shape does in one step
        assertEquals(c.runtime(17) / c.runtime(16), shape(c, 17) / shape(c, 16), EXACT);
        assertEquals(c.runtime(3) / c.runtime(4), shape(c, 3) / shape(c, 4), EXACT);
        // and the shape follows the smooth model closely, so the step is the model's own step
        assertEquals(model.applyAsDouble(17) / model.applyAsDouble(16),
                c.runtime(17) / c.runtime(16), 0.05);
    }

    @Test
    void anErnestModelIsReproducedFarOutsideTheRange() {
        double[][] thetas = {{10, 200, 3, 0.5}, {0, 800, 0, 0.02}, {25, 0, 4, 0}, {5, 90, 0, 0}};
        for (double[] theta : thetas) {
            PriorCurve c = PriorCurve.fit(n -> ernest(theta, n), 4, 16, 1);
            assertTrue(c.modelUsedInside());
            assertArrayEquals(theta, c.shapeCoefficients(), RECOVERY * 1000);
            for (int n = 1; n <= FAR; n++) {
                double expected = ernest(theta, n);
                assertTrue(rel(c.runtime(n), expected) < RECOVERY,
                        "theta=" + java.util.Arrays.toString(theta) + " n=" + n + ": "
                                + c.runtime(n) + " vs " + expected);
            }
        }
    }

    @Test
    void aSingleScaleOutRangeIsAFlatScaledCurve() {
        PriorCurve c = PriorCurve.fit(n -> 80.0, 8, 8, 1);
        assertEquals(80.0, c.runtime(8), 0.0);
        for (int n = 1; n <= FAR; n++) {
            double expected = 80.0 * shape(c, n) / shape(c, 8);
            assertEquals(expected, c.runtime(n), EXACT * expected, "n=" + n);
            assertTrue(c.runtime(n) > 0);
        }
    }

    @Test
    void blendIsTheWeightedGeometricMeanInside() {
        IntToDoubleFunction ma = n -> 30 + 500.0 / n;
        IntToDoubleFunction mb = n -> 5 + 2.0 * n + Math.sin(n);
        PriorCurve a = PriorCurve.fit(ma, 2, 20, 1);
        PriorCurve b = PriorCurve.fit(mb, 2, 20, 1);
        for (double w : new double[] {0.25, 0.3, 0.5, 0.9}) {
            PriorCurve blend = PriorCurve.blend(a, b, w);
            assertEquals(2, blend.lo());
            assertEquals(20, blend.hi());
            assertTrue(blend.modelUsedInside());
            for (int n = 2; n <= 20; n++) {
                double expected = Math.pow(ma.applyAsDouble(n), w)
                        * Math.pow(mb.applyAsDouble(n), 1 - w);
                assertEquals(expected, blend.runtime(n), EXACT * expected, "w=" + w + " n=" + n);
            }
            for (int n = 1; n <= FAR; n++) {
                assertTrue(blend.runtime(n) > 0, "positive at n=" + n);
            }
        }
        assertSame(a, PriorCurve.blend(a, b, 1.0));
        assertSame(b, PriorCurve.blend(a, b, 0.0));
    }

    @Test
    void blendOfACurveWithItselfIsTheCurveEverywhere() {
        PriorCurve a = PriorCurve.fit(n -> 10 + 300.0 / n + 0.2 * n, 3, 15, 1);
        PriorCurve self = PriorCurve.blend(a, a, 0.4);
        for (int n = 1; n <= FAR; n++) {
            assertTrue(rel(self.runtime(n), a.runtime(n)) < RECOVERY, "n=" + n);
        }
    }

    @Test
    void blendKnowsWhetherBothModelsWereUsedInside() {
        PriorCurve good = PriorCurve.fit(n -> 100.0, 2, 6, 1);
        PriorCurve patched = PriorCurve.fit(n -> n == 4 ? -1 : 100.0, 2, 6, 1);
        assertFalse(PriorCurve.blend(good, patched, 0.5).modelUsedInside());
        assertTrue(PriorCurve.blend(good, good, 0.5).modelUsedInside());
    }

    @Test
    void shapeCoefficientsAreACopy() {
        PriorCurve c = PriorCurve.fit(n -> 100.0, 2, 6, 1);
        double[] theta = c.shapeCoefficients();
        assertNotSame(theta, c.shapeCoefficients());
        theta[0] = -1e9;
        assertTrue(c.runtime(50) > 0);
        assertEquals(100.0, c.runtime(50), 100 * RECOVERY);
    }

    @Test
    void rejectsBadRangesFallbacksWeightsAndScaleOuts() {
        IntToDoubleFunction m = n -> 1.0;
        assertThrows(IllegalArgumentException.class, () -> PriorCurve.fit(m, 0, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> PriorCurve.fit(m, 5, 4, 1));
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> PriorCurve.fit(m, 1, 4, bad));
            assertTrue(e.getMessage().contains(String.valueOf(bad)), e.getMessage());
        }
        PriorCurve a = PriorCurve.fit(m, 1, 4, 1);
        PriorCurve other = PriorCurve.fit(m, 1, 5, 1);
        assertThrows(IllegalArgumentException.class, () -> PriorCurve.blend(a, other, 0.5));
        for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> PriorCurve.blend(a, a, bad));
        }
        var e = assertThrows(IllegalArgumentException.class, () -> a.runtime(0));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }
}
