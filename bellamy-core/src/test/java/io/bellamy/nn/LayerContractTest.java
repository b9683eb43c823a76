package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks every {@link Layer}: input and parameter gradients against finite differences, zero
 * columns, width checks and NaN propagation. One small subclass per layer configuration.
 */
abstract class LayerContractTest {

    static final int COLUMNS = 7;
    static final int CAPACITY = 9;

    /** The layer under test, fresh, with capacity {@link #CAPACITY}. */
    abstract Layer createLayer();

    /** The parameters of the layer from the last {@link #createLayer()}, or null. */
    Parameters parameters() {
        return null;
    }

    /** Random input value; subclasses keep it away from kinks. */
    double input(SplittableRandom rng) {
        return rng.nextGaussian();
    }

    private double[][] randomInput(Layer layer, SplittableRandom rng) {
        double[][] x = Layer.buffer(layer.inputSize(), CAPACITY);
        for (double[] row : x) {
            for (int i = 0; i < COLUMNS; i++) {
                row[i] = input(rng);
            }
        }
        return x;
    }

    private static double weightedOutput(Layer layer, double[][] x, double[][] c) {
        double[][] y = Layer.buffer(layer.outputSize(), CAPACITY);
        layer.forward(x, y, COLUMNS);
        double s = 0;
        for (int o = 0; o < layer.outputSize(); o++) {
            for (int i = 0; i < COLUMNS; i++) {
                s += c[o][i] * y[o][i];
            }
        }
        return s;
    }

    @Test
    void inputGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(11);
        Layer layer = createLayer();
        double[][] x = randomInput(layer, rng);
        double[][] c = Layer.buffer(layer.outputSize(), CAPACITY);
        for (double[] row : c) {
            for (int i = 0; i < COLUMNS; i++) {
                row[i] = rng.nextGaussian();
            }
        }
        layer.forward(x, Layer.buffer(layer.outputSize(), CAPACITY), COLUMNS);
        double[][] dx = Layer.buffer(layer.inputSize(), CAPACITY);
        layer.backward(x, c, dx, COLUMNS);
        for (int k = 0; k < layer.inputSize(); k++) {
            double[] row = x[k];
            double[] analytic = new double[COLUMNS];
            System.arraycopy(dx[k], 0, analytic, 0, COLUMNS);
            GradientCheck.check("dIn[" + k + "]", row, GradientCheck.range(0, COLUMNS), analytic,
                    () -> weightedOutput(layer, x, c));
        }
    }

    /** For layers with parameters: parameter gradients against finite differences. */
    void checkParameterGradient(Parameters params) {
        SplittableRandom rng = new SplittableRandom(12);
        Layer layer = createLayer();
        Parameters p = params == null ? parameters() : params;
        double[][] x = randomInput(layer, rng);
        double[][] c = Layer.buffer(layer.outputSize(), CAPACITY);
        for (double[] row : c) {
            for (int i = 0; i < COLUMNS; i++) {
                row[i] = rng.nextGaussian();
            }
        }
        layer.forward(x, Layer.buffer(layer.outputSize(), CAPACITY), COLUMNS);
        p.zeroGradients();
        layer.backward(x, c, null, COLUMNS);
        double[] analytic = p.gradients().clone();
        GradientCheck.check("dParams", p.values(), GradientCheck.range(0, p.size()), analytic,
                () -> weightedOutput(layer, x, c));
    }

    @Test
    void zeroColumnsIsANoOp() {
        Layer layer = createLayer();
        double[][] x = Layer.buffer(layer.inputSize(), CAPACITY);
        double[][] y = Layer.buffer(layer.outputSize(), CAPACITY);
        y[0][0] = 42.0;
        assertDoesNotThrow(() -> layer.forward(x, y, 0));
        assertDoesNotThrow(() -> layer.backward(x, y, x, 0));
        assertTrue(y[0][0] == 42.0, "no column may be written");
    }

    @Test
    void rejectsBatchesWiderThanTheCapacity() {
        Layer layer = createLayer();
        double[][] x = Layer.buffer(layer.inputSize(), CAPACITY + 1);
        double[][] y = Layer.buffer(layer.outputSize(), CAPACITY + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> layer.forward(x, y, CAPACITY + 1));
        assertTrue(e.getMessage().contains("got " + (CAPACITY + 1)), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> layer.forward(x, y, -1));
    }

    @Test
    void propagatesNaN() {
        Layer layer = createLayer();
        double[][] x = randomInput(layer, new SplittableRandom(3));
        for (int k = 0; k < layer.inputSize(); k++) {
            x[k][2] = Double.NaN;
        }
        double[][] y = Layer.buffer(layer.outputSize(), CAPACITY);
        layer.forward(x, y, COLUMNS);
        for (int o = 0; o < layer.outputSize(); o++) {
            assertTrue(Double.isNaN(y[o][2]), "output " + o + " of a NaN column must be NaN");
        }
    }
}
