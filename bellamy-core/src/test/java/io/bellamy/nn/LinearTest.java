package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LinearTest {

    private static Linear layer(Parameters[] holder, int in, int out, boolean bias,
            Linear.GradientStrategy strategy, int capacity) {
        Parameters.Builder b = Parameters.builder();
        int offset = b.add("g", Linear.parameterCount(in, out, bias));
        Parameters p = b.build();
        Linear l = new Linear(p, offset, in, out, bias, capacity);
        l.initialize(new SplittableRandom(5));
        if (bias) {
            SplittableRandom rng = new SplittableRandom(6);
            for (int o = 0; o < out; o++) {
                p.values()[l.biasIndex(o)] = rng.nextGaussian();
            }
        }
        l.setGradientStrategy(strategy);
        holder[0] = p;
        return l;
    }

    abstract static class Contract extends LayerContractTest {
        final Parameters[] holder = new Parameters[1];

        @Override
        Parameters parameters() {
            return holder[0];
        }

        @Test
        void parameterGradientMatchesFiniteDifferences() {
            checkParameterGradient(null);
        }
    }

    @Nested
    class WithBiasDot extends Contract {
        @Override
        Layer createLayer() {
            return layer(holder, 3, 5, true, Linear.GradientStrategy.DOT, CAPACITY);
        }
    }

    @Nested
    class WithoutBiasInputRows extends Contract {
        @Override
        Layer createLayer() {
            return layer(holder, 6, 3, false, Linear.GradientStrategy.INPUT_ROWS, CAPACITY);
        }
    }

    @Nested
    class WithBiasOutputRows extends Contract {
        @Override
        Layer createLayer() {
            return layer(holder, 2, 7, true, Linear.GradientStrategy.OUTPUT_ROWS, CAPACITY);
        }
    }

    @Nested
    class WideAuto extends Contract {
        @Override
        Layer createLayer() {
            return layer(holder, 17, 4, false, Linear.GradientStrategy.AUTO, CAPACITY);
        }
    }

    @Test
    void forwardComputesWxPlusB() {
        Parameters[] holder = new Parameters[1];
        Linear l = layer(holder, 2, 2, true, Linear.GradientStrategy.AUTO, 3);
        double[] v = holder[0].values();
        // W = [[1, 2], [3, 4]], b = [0.5, -1]
        v[l.weightIndex(0, 0)] = 1;
        v[l.weightIndex(0, 1)] = 2;
        v[l.weightIndex(1, 0)] = 3;
        v[l.weightIndex(1, 1)] = 4;
        v[l.biasIndex(0)] = 0.5;
        v[l.biasIndex(1)] = -1;
        double[][] x = {{1, 0, -2}, {1, 1, 0.5}};
        double[][] y = new double[2][3];
        l.forward(x, y, 3);
        assertArrayEquals(new double[] {3.5, 2.5, -0.5}, y[0], 0.0);
        assertArrayEquals(new double[] {6, 3, -5}, y[1], 0.0);
    }

    @Test
    void gradientStrategiesAgree() {
        int in = 40;
        int out = 8;
        int n = 77;
        SplittableRandom rng = new SplittableRandom(9);
        double[][] x = Layer.buffer(in, n);
        double[][] dy = Layer.buffer(out, n);
        for (double[] r : x) {
            for (int i = 0; i < n; i++) {
                r[i] = rng.nextGaussian();
            }
        }
        for (double[] r : dy) {
            for (int i = 0; i < n; i++) {
                r[i] = rng.nextGaussian();
            }
        }
        double[][] xBySample = Layer.buffer(n, in);
        for (int k = 0; k < in; k++) {
            for (int i = 0; i < n; i++) {
                xBySample[i][k] = x[k][i];
            }
        }
        double[] reference = null;
        for (Linear.GradientStrategy s : Linear.GradientStrategy.values()) {
            Parameters[] holder = new Parameters[1];
            Linear l = layer(holder, in, out, true, s, n);
            l.backward(x, dy, null, n);
            double[] g = holder[0].gradients().clone();
            if (reference == null) {
                reference = g;
            } else {
                assertArrayEquals(reference, g, 1e-12, "strategy " + s);
            }
        }
        Parameters[] holder = new Parameters[1];
        Linear l = layer(holder, in, out, true, Linear.GradientStrategy.AUTO, n);
        l.backwardWeightsFromSampleRows(xBySample, dy, n);
        assertArrayEquals(reference, holder[0].gradients(), 1e-12, "input sample rows");

        double[][] dyBySample = Layer.buffer(n, out);
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < n; i++) {
                dyBySample[i][o] = dy[o][i];
            }
        }
        Linear l2 = layer(holder, in, out, true, Linear.GradientStrategy.AUTO, n);
        l2.backwardWeightsFromOutputSampleRows(x, dyBySample, n);
        assertArrayEquals(reference, holder[0].gradients(), 1e-12, "output sample rows");

        // the input part alone equals the input part of backward
        double[][] dxFull = Layer.buffer(in, n);
        double[][] dxOnly = Layer.buffer(in, n);
        l2.backward(x, dy, dxFull, n);
        l2.backwardInput(dy, dxOnly, n);
        for (int k = 0; k < in; k++) {
            assertArrayEquals(dxFull[k], dxOnly[k], 0.0);
        }
    }

    @Test
    void frozenGroupGetsNoGradientButInputGradientFlows() {
        Parameters[] holder = new Parameters[1];
        Linear l = layer(holder, 3, 2, true, Linear.GradientStrategy.AUTO, 4);
        holder[0].setFrozen("g", true);
        double[][] x = {{1, 2, 3, 4}, {0, 1, 0, 1}, {2, 2, 2, 2}};
        double[][] dy = {{1, 1, 1, 1}, {0.5, 0.5, 0.5, 0.5}};
        double[][] dx = new double[3][4];
        l.backward(x, dy, dx, 4);
        assertArrayEquals(new double[holder[0].size()], holder[0].gradients(), 0.0);
        double expected = holder[0].values()[l.weightIndex(0, 0)]
                + 0.5 * holder[0].values()[l.weightIndex(1, 0)];
        assertEquals(expected, dx[0][0], 1e-15);
    }

    @Test
    void kaimingInitialisationHasTheSeluStandardDeviationAndZeroBias() {
        int in = 200;
        int out = 300;
        Parameters.Builder b = Parameters.builder();
        int offset = b.add("g", Linear.parameterCount(in, out, true));
        Parameters p = b.build();
        java.util.Arrays.fill(p.values(), 7.0);
        Linear l = new Linear(p, offset, in, out, true, 1);
        l.initialize(new SplittableRandom(1));
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < in * out; i++) {
            sum += p.values()[i];
            sq += p.values()[i] * p.values()[i];
        }
        int count = in * out;
        double std = Math.sqrt(sq / count - (sum / count) * (sum / count));
        double expected = 0.75 / Math.sqrt(in);
        // 60 000 draws: the sample standard deviation is within 1% of the truth (> 3 sigma)
        assertEquals(expected, std, 0.01 * expected);
        for (int o = 0; o < out; o++) {
            assertEquals(0.0, p.values()[l.biasIndex(o)], 0.0);
        }
        Parameters p2 = Parameters.builder().build();
        assertEquals(0, p2.size());
    }

    @Test
    void sameSeedSameWeightsBitForBit() {
        Parameters[] a = new Parameters[1];
        Parameters[] b = new Parameters[1];
        layer(a, 7, 5, true, Linear.GradientStrategy.AUTO, 1);
        layer(b, 7, 5, true, Linear.GradientStrategy.AUTO, 1);
        assertArrayEquals(a[0].values(), b[0].values(), 0.0);
    }

    @Test
    void rejectsSlicesOutsideItsGroup() {
        Parameters.Builder b = Parameters.builder();
        b.add("a", 4);
        b.add("b", 10);
        Parameters p = b.build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Linear(p, 0, 2, 3, false, 1));
        assertEquals(true, e.getMessage().contains("crosses the end of group"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Linear(p, 10, 2, 3, false, 1));
        assertThrows(IllegalArgumentException.class, () -> new Linear(p, 4, 0, 3, false, 1));
    }
}
