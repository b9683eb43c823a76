package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TanhTest extends LayerContractTest {

    /** Allowed distance from {@link Math#tanh}, in ulps. */
    private static final double ULPS = 8;

    @Override
    Layer createLayer() {
        return new Tanh(4, CAPACITY);
    }

    @Test
    void matchesMathTanhWithinEightUlps() {
        int n = 200_001;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -25.0 + 50.0 * i / (n - 1);
        }
        double[] y = new double[n];
        Tanh.apply(x, y, new double[n], n);
        for (int i = 0; i < n; i++) {
            double expected = Math.tanh(x[i]);
            assertEquals(expected, y[i], ULPS * Math.ulp(expected), "tanh(" + x[i] + ")");
        }
        // small arguments, where 1 - 2/(exp(2x)+1) would lose all relative accuracy
        double[] small = new double[1001];
        for (int i = 0; i < small.length; i++) {
            small[i] = (i % 2 == 0 ? 1 : -1) * Math.pow(10, -300 + 0.299 * i);
        }
        double[] ys = new double[small.length];
        Tanh.apply(small, ys, new double[small.length], small.length);
        for (int i = 0; i < small.length; i++) {
            double expected = Math.tanh(small[i]);
            assertEquals(expected, ys[i], ULPS * Math.ulp(expected), "tanh(" + small[i] + ")");
        }
    }

    @Test
    void specialValues() {
        double[] x = {0.0, 20.0, -20.0, 1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] y = new double[x.length];
        Tanh.apply(x, y, new double[x.length], x.length);
        assertEquals(0.0, y[0], 0.0);
        assertEquals(1.0, y[1], 0.0);
        assertEquals(-1.0, y[2], 0.0);
        assertEquals(1.0, y[3], 0.0);
        assertEquals(1.0, y[4], 0.0);
        assertEquals(-1.0, y[5], 0.0);
    }

    @Test
    void derivativeIsOneMinusSquare() {
        Tanh t = new Tanh(1, 3);
        double[][] x = {{-0.7, 0.0, 1.3}};
        double[][] y = new double[1][3];
        t.forward(x, y, 3);
        double[][] d = new double[1][3];
        t.backward(x, new double[][] {{1, 1, 1}}, d, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(1 - y[0][i] * y[0][i], d[0][i], 0.0);
        }
    }
}
