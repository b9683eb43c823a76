package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Expm1KernelTest {

    /** Allowed distance from {@link Math#expm1}, in ulps. */
    private static final double ULPS = 8;

    @Test
    void matchesMathExpm1OnTheWholeNonPositiveRange() {
        int n = 400_001;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -45.0 * i / (n - 1);
        }
        double[] u = new double[n];
        Expm1Kernel.nonPositive(x, u, n);
        for (int i = 0; i < n; i++) {
            double expected = Math.expm1(x[i]);
            assertEquals(expected, u[i], ULPS * Math.ulp(expected), "expm1(" + x[i] + ")");
        }
    }

    @Test
    void keepsRelativeAccuracyNearZero() {
        int n = 3001;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -Math.pow(10, -300 + 0.1 * i);
        }
        double[] u = new double[n];
        Expm1Kernel.nonPositive(x, u, n);
        for (int i = 0; i < n; i++) {
            double expected = Math.expm1(x[i]);
            assertEquals(expected, u[i], ULPS * Math.ulp(expected), "expm1(" + x[i] + ")");
        }
    }

    @Test
    void specialValues() {
        double[] x = {0.0, -1000.0, Double.NEGATIVE_INFINITY, Double.NaN};
        double[] u = new double[4];
        Expm1Kernel.nonPositive(x, u, 4);
        assertEquals(0.0, u[0], 0.0);
        assertEquals(-1.0, u[1], 0.0);
        assertEquals(-1.0, u[2], 0.0);
        assertTrue(Double.isNaN(u[3]));
    }
}
