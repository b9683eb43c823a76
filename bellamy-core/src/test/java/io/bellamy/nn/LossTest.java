package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LossTest {

    private static final double[] PRED = {0.0, 1.0, -2.0, 3.5, 10.0};
    private static final double[] TARGET = {0.5, 1.0, 1.0, 3.0, 0.25};

    @Test
    void smoothL1ValuesAndGradientsAtKnownPoints() {
        // d = -0.5, 0, -3, 0.5, 9.75 -> 0.125, 0, 2.5, 0.125, 9.25
        double[] grad = new double[5];
        double mean = SmoothL1Loss.DEFAULT.mean(PRED, TARGET, grad, 5);
        assertEquals((0.125 + 0 + 2.5 + 0.125 + 9.25) / 5, mean, 1e-15);
        assertArrayEquals(new double[] {-0.1, 0, -0.2, 0.1, 0.2}, grad, 1e-15);
        // beta = 2: d = 9.75 -> 9.75 - 1; d = -3 -> 3 - 1; d = 0.5 -> 0.0625
        SmoothL1Loss beta2 = new SmoothL1Loss(2.0);
        assertEquals(0.0625 + 0 + 2 + 0.0625 + 8.75,
                beta2.sum(PRED, TARGET, null, 1.0, 0, 5), 1e-15);
        // at |d| == beta both branches agree: 0.5 * beta
        assertEquals(0.5, SmoothL1Loss.DEFAULT.sum(new double[] {2}, new double[] {1}, null, 1, 0, 1),
                0.0);
    }

    @Test
    void mseAndL1ValuesAndGradients() {
        double[] grad = new double[5];
        double mse = MseLoss.INSTANCE.mean(PRED, TARGET, grad, 5);
        assertEquals((0.25 + 0 + 9 + 0.25 + 95.0625) / 5, mse, 1e-14);
        assertArrayEquals(new double[] {-0.2, 0, -1.2, 0.2, 3.9}, grad, 1e-15);
        double l1 = L1Loss.INSTANCE.mean(PRED, TARGET, grad, 5);
        assertEquals((0.5 + 0 + 3 + 0.5 + 9.75) / 5, l1, 1e-15);
        assertArrayEquals(new double[] {-0.2, 0, -0.2, 0.2, 0.2}, grad, 1e-15);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 40;
        double[] pred = new double[n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = rng.nextGaussian();
            // differences away from the kinks at 0 (L1) and +-1 (smooth L1)
            double d = (0.1 + 2.5 * rng.nextDouble()) * (rng.nextBoolean() ? 1 : -1);
            if (Math.abs(Math.abs(d) - 1) < 0.05) {
                d += 0.2;
            }
            pred[i] = target[i] + d;
        }
        for (Loss loss : new Loss[] {SmoothL1Loss.DEFAULT, new SmoothL1Loss(0.5), MseLoss.INSTANCE,
                L1Loss.INSTANCE}) {
            double[] grad = new double[n];
            loss.mean(pred, target, grad, n);
            GradientCheck.check(loss.toString(), pred, GradientCheck.range(0, n), grad,
                    () -> loss.mean(pred, target, null, n));
        }
    }

    @Test
    void sumRowsEqualsRowwiseSums() {
        SplittableRandom rng = new SplittableRandom(8);
        int rows = 5;
        int n = 37;
        double[][] p = new double[rows][n];
        double[][] t = new double[rows][n];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < n; i++) {
                p[r][i] = rng.nextGaussian();
                t[r][i] = rng.nextGaussian();
            }
        }
        double[][] g = new double[rows][n];
        double total = MseLoss.INSTANCE.sumRows(p, t, g, 0.25, rows, 3, 30, new double[n]);
        double expected = 0;
        double[] rowGrad = new double[n];
        for (int r = 0; r < rows; r++) {
            expected += MseLoss.INSTANCE.sum(p[r], t[r], rowGrad, 0.25, 3, 30);
            for (int i = 3; i < 30; i++) {
                assertEquals(rowGrad[i], g[r][i], 0.0);
            }
            assertEquals(0.0, g[r][2], 0.0);
            assertEquals(0.0, g[r][30], 0.0);
        }
        assertEquals(expected, total, 1e-12 * expected);
    }

    @Test
    void rejectsEmptyMeansAndBadBeta() {
        assertThrows(IllegalArgumentException.class,
                () -> MseLoss.INSTANCE.mean(new double[0], new double[0], null, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SmoothL1Loss(0));
        assertEquals("smooth L1 beta must be finite and > 0, got 0.0", e.getMessage());
    }
}
