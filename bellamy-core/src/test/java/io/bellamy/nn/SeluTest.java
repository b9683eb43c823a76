package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeluTest extends LayerContractTest {

    @Override
    Layer createLayer() {
        return new Selu(3, CAPACITY);
    }

    @Override
    double input(SplittableRandom rng) {
        // keep clear of the kink at 0, where finite differences straddle both branches
        double x = 2 * rng.nextGaussian();
        return Math.abs(x) < 1e-3 ? 0.5 : x;
    }

    /** Allowed distance of the value from {@code lambda*alpha*Math.expm1(x)}, in ulps. */
    private static final double ULPS = 8;
    /** Allowed absolute error of the derivative {@code lambda*alpha*exp(x)}: 16 ulps of
     *  {@code lambda*alpha} (it is computed as {@code lambda*alpha*(1 + expm1(x))}). */
    private static final double DERIVATIVE_ABSOLUTE = 16 * Math.ulp(Selu.LAMBDA_ALPHA);

    @Test
    void valuesMatchTheDefinitionWithPyTorchConstants() {
        assertEquals(1.0507009873554805, Selu.LAMBDA, 0.0);
        assertEquals(1.6732632423543772, Selu.ALPHA, 0.0);
        int n = 100_001;
        Selu selu = new Selu(1, n);
        double[][] x = new double[1][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = -50.0 + 60.0 * i / (n - 1);
        }
        double[][] y = new double[1][n];
        selu.forward(x, y, n);
        double[][] one = new double[1][n];
        java.util.Arrays.fill(one[0], 1.0);
        double[][] d = new double[1][n];
        selu.backward(x, one, d, n);
        for (int i = 0; i < n; i++) {
            double xi = x[0][i];
            double expected = xi > 0 ? Selu.LAMBDA * xi : Selu.LAMBDA_ALPHA * Math.expm1(xi);
            double expectedD = xi > 0 ? Selu.LAMBDA : Selu.LAMBDA_ALPHA * Math.exp(xi);
            assertEquals(expected, y[0][i], ULPS * Math.ulp(expected), "selu(" + xi + ")");
            assertEquals(expectedD, d[0][i], DERIVATIVE_ABSOLUTE, "selu'(" + xi + ")");
        }
    }

    @Test
    void derivativeAtZeroIsTheLeftBranchAsInPyTorch() {
        Selu selu = new Selu(1, 3);
        double[][] x = {{0.0, -0.0, Double.MIN_NORMAL}};
        double[][] y = new double[1][3];
        selu.forward(x, y, 3);
        double[][] d = new double[1][3];
        selu.backward(x, new double[][] {{1, 1, 1}}, d, 3);
        assertEquals(0.0, y[0][0], 0.0);
        assertEquals(Selu.LAMBDA_ALPHA, d[0][0], 0.0);
        assertEquals(Selu.LAMBDA_ALPHA, d[0][1], 0.0);
        assertEquals(Selu.LAMBDA, d[0][2], 0.0);
        assertEquals(Selu.LAMBDA * Double.MIN_NORMAL, y[0][2], 0.0);
    }

    @Test
    void saturatesAtMinusLambdaAlpha() {
        Selu selu = new Selu(1, 2);
        double[][] x = {{-1000.0, Double.NEGATIVE_INFINITY}};
        double[][] y = new double[1][2];
        selu.forward(x, y, 2);
        assertEquals(-Selu.LAMBDA_ALPHA, y[0][0], 0.0);
        assertEquals(-Selu.LAMBDA_ALPHA, y[0][1], 0.0);
    }

    @Test
    void worksInPlace() {
        Selu selu = new Selu(1, 4);
        double[][] x = {{-1, 0.5, 2, -3}};
        double[][] y = new double[1][4];
        selu.forward(x, y, 4);
        double[][] inPlace = {{-1, 0.5, 2, -3}};
        selu.forward(inPlace, inPlace, 4);
        org.junit.jupiter.api.Assertions.assertArrayEquals(y[0], inPlace[0], 0.0);
    }
}
