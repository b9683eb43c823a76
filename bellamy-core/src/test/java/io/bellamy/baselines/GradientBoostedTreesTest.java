package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GradientBoostedTreesTest {

    private static final GradientBoostedTrees.Settings DEFAULTS =
            GradientBoostedTrees.Settings.SCIKIT_LEARN_DEFAULTS;

    @Test
    void fitsAStepFunctionOnTheKnownGeometricPath() {
        // Each depth-3 tree fits the residual step exactly, so after m stages the fit is
        // y - (y - mean) * (1 - rate)^m; with rate 1 a single stage is exact.
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        double[] y = {10, 10, 10, 30, 30, 30};
        GradientBoostedTrees g = GradientBoostedTrees.fit(x, y, DEFAULTS);
        double shrink = Math.pow(0.9, 100);
        for (int i = 0; i < 6; i++) {
            assertEquals(y[i] - (y[i] - 20) * shrink, g.predict(x[i]), 1e-9, "row " + i);
        }
        GradientBoostedTrees once = GradientBoostedTrees.fit(x, y,
                new GradientBoostedTrees.Settings(1, 1.0, 3, 2, 1));
        assertEquals(10, once.predict(new double[] {3.4}), 0.0);
        assertEquals(30, once.predict(new double[] {3.6}), 0.0);
    }

    @Test
    void matchesScikitLearnOnASmoothFunction() {
        // Reference: scikit-learn 1.2.1, GradientBoostingRegressor() with defaults, on the same
        // float32 inputs; in-sample predictions agree across its random states to 7e-16.
        int n = 200;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x1 = 6.0 * i / (n - 1);
            double x2 = ((i * 37) % n) / 10.0;
            y[i] = Math.sin(x1) + 0.1 * x1 + 0.05 * x2;
            x[i] = new double[] {(float) x1, (float) x2};
        }
        GradientBoostedTrees g = GradientBoostedTrees.fit(x, y, DEFAULTS);
        int[] rows = {0, 20, 77, 150, 199};
        double[] sklearn = {0.00828463916196024, 1.3073836638379555, 1.1909353984022273,
            0.226650014653002, 1.1252895301756858};
        for (int k = 0; k < rows.length; k++) {
            assertEquals(sklearn[k], g.predict(x[rows[k]]), 1e-12, "row " + rows[k]);
        }
        double mse = 0;
        for (int i = 0; i < n; i++) {
            double e = g.predict(x[i]) - y[i];
            mse += e * e / n;
        }
        assertEquals(0.0001745135039574298, mse, 1e-15);
        assertEquals(3.2713568210601807, g.trees().get(0).rootThreshold(), 0.0);
    }

    @Test
    void twoFitsAreBitIdentical() {
        double[][] x = new double[50][];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            x[i] = new double[] {i % 7, i % 5, i % 3};
            y[i] = Math.sqrt(i) + (i % 5);
        }
        GradientBoostedTrees a = GradientBoostedTrees.fit(x, y, DEFAULTS);
        GradientBoostedTrees b = GradientBoostedTrees.fit(x, y, DEFAULTS);
        for (double[] row : x) {
            assertEquals(Double.doubleToRawLongBits(a.predict(row)), Double.doubleToRawLongBits(b.predict(row)));
        }
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> GradientBoostedTrees.fit(new double[0][], new double[0], DEFAULTS));
        assertThrows(IllegalArgumentException.class,
                () -> GradientBoostedTrees.fit(new double[][] {{Double.NaN}}, new double[] {1}, DEFAULTS));
        assertThrows(IllegalArgumentException.class,
                () -> new GradientBoostedTrees.Settings(0, 0.1, 3, 2, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new GradientBoostedTrees.Settings(10, 0, 3, 2, 1));
    }
}
