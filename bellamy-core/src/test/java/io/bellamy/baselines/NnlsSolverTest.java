package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NnlsSolverTest {

    /** Hand-solved answers are exact rationals; the solver may be off by rounding only. */
    private static final double EXACT = 1e-12;

    @Test
    void aColumnThatEntersAtZeroAndRefitsToZeroIsDroppedInsteadOfFailing() {
        // Ernest rows [1, 1000/n, ln n, n] of the exact curve 40 + 500/n at n = 2, 8, 16, 32:
        // a column once made the step length 0/0 (NaN) and the solver threw
        int[] scaleOuts = {2, 8, 16, 32};
        double[][] a = new double[scaleOuts.length][];
        double[] b = new double[scaleOuts.length];
        for (int i = 0; i < scaleOuts.length; i++) {
            int n = scaleOuts[i];
            a[i] = new double[] {1, 1000.0 / n, Math.log(n), n};
            b[i] = 40 + 500.0 / n;
        }
        NnlsResult r = NnlsSolver.solve(a, b);
        double[] x = r.coefficients();
        for (double v : x) {
            assertTrue(v >= 0, "non-negative: " + java.util.Arrays.toString(x));
        }
        assertEquals(0.0, r.residualNorm(), 1e-9, "the exact curve is reproduced");
        for (int i = 0; i < scaleOuts.length; i++) {
            double fitted = 0;
            for (int j = 0; j < x.length; j++) {
                fitted += a[i][j] * x[j];
            }
            assertEquals(b[i], fitted, 1e-9, "n = " + scaleOuts[i]);
        }
    }

    @Test
    void solvesScipyDocumentationExample() {
        double[][] a = {{1, 0}, {1, 0}, {0, 1}};
        NnlsResult r = NnlsSolver.solve(a, new double[] {2, 1, 1});
        assertArrayEquals(new double[] {1.5, 1.0}, r.coefficients(), EXACT);
        assertEquals(Math.sqrt(0.5), r.residualNorm(), EXACT);
        assertTrue(r.converged());

        NnlsResult negative = NnlsSolver.solve(a, new double[] {-1, -1, -1});
        assertArrayEquals(new double[] {0, 0}, negative.coefficients(), 0.0);
        assertEquals(Math.sqrt(3), negative.residualNorm(), EXACT);
        assertEquals(0, negative.iterations());
    }

    @Test
    void clampsNegativeUnconstrainedSlope() {
        // Unconstrained fit of b on [1, t] is intercept 4, slope -1; with slope >= 0 the best
        // is the mean 2 with slope 0 (dual for the slope: 1*1 + 2*0 + 3*(-1) = -2 <= 0).
        double[][] a = {{1, 1}, {1, 2}, {1, 3}};
        NnlsResult r = NnlsSolver.solve(a, new double[] {3, 2, 1});
        assertArrayEquals(new double[] {2, 0}, r.coefficients(), EXACT);
        assertEquals(Math.sqrt(2), r.residualNorm(), EXACT);
    }

    @Test
    void dropsVariablesThatTurnNegativeInTheInnerLoop() {
        // Unconstrained solution has three negative entries; the answer keeps column 3 only:
        // x3 = a3.b / a3.a3 = 23 / 16.  (scipy.optimize.nnls 1.17.1 gives the same.)
        double[][] a = {{1, 2, 0, 1}, {3, 1, 1, 0}, {0, 1, 4, 2}, {2, 0, 1, 3}, {1, 1, 1, 1},
            {4, 2, 0, 1}};
        double[] b = {3, -1, 2, 5, 0, 1};
        NnlsResult r = NnlsSolver.solve(a, b);
        assertArrayEquals(new double[] {0, 0, 0, 23.0 / 16}, r.coefficients(), EXACT);
        assertEquals(2.633913438213184, r.residualNorm(), EXACT);
        assertTrue(r.converged());
    }

    @Test
    void solvesTwoActiveColumnsExactly() {
        // Normal equations on columns 1, 2: [[11.25, 17], [17, 30]] x = [6, 10] -> 20/97, 21/97.
        double[][] a = {{0.5, 1, 1}, {1, 0.5, 2}, {1.5, 1, 3}, {2, 3, 4}};
        NnlsResult r = NnlsSolver.solve(a, new double[] {1, -2, 3, 1});
        assertArrayEquals(new double[] {0, 20.0 / 97, 21.0 / 97}, r.coefficients(), EXACT);
        assertEquals(3.405574568898748, r.residualNorm(), EXACT);
    }

    @Test
    void rankDeficientSystemKeepsTheLargestDualColumnOnly() {
        // Both columns are multiples of the ones vector; the dual coefficients are 6 and 12,
        // so column 1 enters with mean(b) / 2 = 1 and column 0, dependent on it, never does.
        double[][] a = {{1, 2}, {1, 2}, {1, 2}};
        NnlsResult r = NnlsSolver.solve(a, new double[] {1, 2, 3});
        assertArrayEquals(new double[] {0, 1}, r.coefficients(), EXACT);
        assertEquals(Math.sqrt(2), r.residualNorm(), EXACT);
        assertTrue(r.converged());
    }

    @Test
    void duplicateColumnsTieToTheFirst() {
        double[][] a = {{1, 1}, {2, 2}};
        NnlsResult r = NnlsSolver.solve(a, new double[] {1, 2});
        assertArrayEquals(new double[] {1, 0}, r.coefficients(), EXACT);
        assertEquals(0, r.residualNorm(), EXACT);
    }

    @Test
    void ernestLikeSingleScaleOutUsesTheLargestFeature() {
        // One scale-out (n = 4, size 15150): every row is [1, size/n, ln n, n]; the runtime mean
        // 100 is explained by the size/n column alone.
        double n = 4;
        double[] row = {1, 15150 / n, Math.log(n), n};
        double[][] a = {row, row, row, row, row};
        NnlsResult r = NnlsSolver.solve(a, new double[] {98, 99, 100, 101, 102});
        assertArrayEquals(new double[] {0, 100 / (15150 / n), 0, 0}, r.coefficients(), 1e-15);
        assertEquals(Math.sqrt(10), r.residualNorm(), 1e-9);
    }

    @Test
    void moreColumnsThanRowsStopsAtRowCount() {
        double[][] a = {{1, 2, 3}};
        NnlsResult r = NnlsSolver.solve(a, new double[] {6});
        assertArrayEquals(new double[] {0, 0, 2}, r.coefficients(), EXACT);
        assertEquals(0, r.residualNorm(), EXACT);
    }

    @Test
    void reportsTheIterationLimitInsteadOfThrowing() {
        double[][] a = {{1, 0}, {1, 0}, {0, 1}};
        NnlsResult r = NnlsSolver.solve(a, new double[] {2, 1, 1}, 1);
        assertFalse(r.converged());
        assertEquals(1, r.iterations());
        assertArrayEquals(new double[] {0, 0}, r.coefficients(), 0.0);
        NnlsResult enough = NnlsSolver.solve(a, new double[] {2, 1, 1});
        assertTrue(enough.converged());
        assertEquals(2, enough.iterations());
    }

    @Test
    void doesNotModifyItsInputs() {
        double[][] a = {{1, 1}, {1, 2}, {1, 3}};
        double[] b = {3, 2, 1};
        NnlsSolver.solve(a, b);
        assertArrayEquals(new double[] {1, 1}, a[0], 0.0);
        assertArrayEquals(new double[] {1, 3}, a[2], 0.0);
        assertArrayEquals(new double[] {3, 2, 1}, b, 0.0);
    }

    @Test
    void rejectsBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NnlsSolver.solve(new double[][] {{1, 2}}, new double[] {1, 2}));
        assertTrue(e.getMessage().contains("length 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> NnlsSolver.solve(new double[][] {{1, Double.NaN}}, new double[] {1}));
        assertTrue(e.getMessage().contains("a[0][1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> NnlsSolver.solve(new double[][] {{1, 2}, {1}}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> NnlsSolver.solve(new double[0][], new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> NnlsSolver.solve(new double[][] {{1}}, new double[] {1}, 0));
    }
}
