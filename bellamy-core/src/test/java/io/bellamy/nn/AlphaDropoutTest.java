package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AlphaDropoutTest {

    /** Training mode with a fixed hand-set mask: the contract's gradient checks. */
    @Nested
    class TrainingWithFixedMask extends LayerContractTest {
        @Override
        Layer createLayer() {
            AlphaDropout d = new AlphaDropout(3, CAPACITY, 0.2);
            d.setTraining(true);
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < CAPACITY; i++) {
                    d.setKeep(r, i, (r + i) % 3 != 0);
                }
            }
            return d;
        }
    }

    @Nested
    class Evaluation extends LayerContractTest {
        @Override
        Layer createLayer() {
            return new AlphaDropout(2, CAPACITY, 0.1);
        }
    }

    @Test
    void affineCorrectionHasPyTorchsConstants() {
        double p = 0.1;
        AlphaDropout d = new AlphaDropout(1, 2, p);
        double alphaPrime = -1.0507009873554805 * 1.6732632423543772;
        double a = Math.pow((1 - p) * (1 + p * alphaPrime * alphaPrime), -0.5);
        double b = -a * alphaPrime * p;
        assertEquals(a, d.scale(), 1e-15);
        d.setTraining(true);
        d.setKeep(0, 0, true);
        d.setKeep(0, 1, false);
        double[][] x = {{0.3, 0.3}};
        double[][] y = new double[1][2];
        d.forward(x, y, 2);
        assertEquals(a * 0.3 + b, y[0][0], 1e-15);
        assertEquals(a * alphaPrime + b, y[0][1], 1e-15);
        double[][] g = new double[1][2];
        d.backward(x, new double[][] {{1, 1}}, g, 2);
        assertEquals(a, g[0][0], 1e-15);
        assertEquals(0.0, g[0][1], 0.0);
    }

    @Test
    void evaluationModeAndZeroProbabilityAreTheIdentity() {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] x = new double[2][50];
        for (double[] row : x) {
            for (int i = 0; i < 50; i++) {
                row[i] = rng.nextGaussian();
            }
        }
        AlphaDropout eval = new AlphaDropout(2, 50, 0.2);
        eval.drawMask(rng, 50);
        double[][] y = new double[2][50];
        eval.forward(x, y, 50);
        assertArrayEquals(x[0], y[0], 0.0);
        assertArrayEquals(x[1], y[1], 0.0);
        assertFalse(eval.isActive());

        AlphaDropout off = new AlphaDropout(2, 50, 0.0);
        off.setTraining(true);
        off.drawMask(rng, 50);
        double[][] z = new double[2][50];
        off.forward(x, z, 50);
        assertArrayEquals(x[0], z[0], 0.0);
        assertFalse(off.isActive());
    }

    /**
     * Standard-normal input through training-mode alpha dropout keeps mean 0 and variance 1
     * (the point of the affine correction), and the keep rate is {@code 1 - p}. With 400 000
     * values the standard errors are about 0.0016 for the mean, 0.003 for the variance and 0.0006
     * for the keep rate; the tolerances are 0.01, 0.015 and 0.003 (five standard errors).
     */
    @Test
    void keepsZeroMeanAndUnitVarianceOfStandardNormalInput() {
        for (double p : new double[] {0.05, 0.1, 0.2}) {
            int rows = 8;
            int n = 50_000;
            SplittableRandom rng = new SplittableRandom(2024);
            double[][] x = new double[rows][n];
            for (double[] row : x) {
                for (int i = 0; i < n; i++) {
                    row[i] = rng.nextGaussian();
                }
            }
            AlphaDropout d = new AlphaDropout(rows, n, p);
            d.setTraining(true);
            d.drawMask(rng, n);
            double[][] y = new double[rows][n];
            d.forward(x, y, n);
            double sum = 0;
            double sq = 0;
            long kept = 0;
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < n; i++) {
                    sum += y[r][i];
                    sq += y[r][i] * y[r][i];
                    kept += d.isKept(r, i) ? 1 : 0;
                }
            }
            double count = (double) rows * n;
            double mean = sum / count;
            double variance = sq / count - mean * mean;
            assertEquals(0.0, mean, 0.01, "mean at p = " + p);
            assertEquals(1.0, variance, 0.015, "variance at p = " + p);
            assertEquals(1 - p, kept / count, 0.003, "keep rate at p = " + p);
        }
    }

    @Test
    void sameGeneratorStateSameMask() {
        AlphaDropout a = new AlphaDropout(3, 33, 0.2);
        AlphaDropout b = new AlphaDropout(3, 33, 0.2);
        a.drawMask(new SplittableRandom(77), 33);
        b.drawMask(new SplittableRandom(77), 33);
        int dropped = 0;
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 33; i++) {
                assertEquals(a.isKept(r, i), b.isKept(r, i));
                dropped += a.isKept(r, i) ? 0 : 1;
            }
        }
        assertTrue(dropped > 0, "a 20% dropout of 99 values drops some");
    }

    @Test
    void rejectsBadProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> new AlphaDropout(1, 1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new AlphaDropout(1, 1, -0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AlphaDropout(1, 1, Double.NaN));
        assertTrue(e.getMessage().contains("got NaN"), e.getMessage());
    }
}
