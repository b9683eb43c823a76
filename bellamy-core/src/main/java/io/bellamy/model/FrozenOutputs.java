package io.bellamy.model;

import io.bellamy.nn.ParameterGroup;
import java.util.Arrays;

/**
 * The outputs of a frozen sub-network for the rows of one input, kept between training steps:
 * while the sub-network's weights stay as they were (compared value by value on every use, so
 * any change, through an optimizer, {@code setWeights} or the live parameter array, starts
 * afresh) and the input is the same (by the identity of its arrays), a row's outputs are those
 * computed for it before, bit for bit. Fine-tuning trains only the combination net for thousands
 * of steps on one input: with the encoder's codes and the scale-out embedding kept, a step
 * computes little more than the combination net.
 *
 * <p>Storage grows with the input (once per new input, never per step). Not thread-safe; one per
 * sub-network and network.
 */
final class FrozenOutputs {

    private final int width;
    private NetworkInput input;
    private double[] weights = new double[0];
    private double[] values = new double[0];
    private boolean[] known = new boolean[0];

    /** @param width outputs per row */
    FrozenOutputs(int width) {
        this.width = width;
    }

    /**
     * Makes the kept outputs those of {@code input} under the current values of {@code group}
     * in {@code parameterValues}: forgets everything when either differs from the last call.
     */
    void use(NetworkInput in, double[] parameterValues, ParameterGroup group) {
        int from = group.offset();
        int to = group.end();
        boolean sameInput = input != null && in.scaleOut() == input.scaleOut()
                && in.essential() == input.essential() && in.optional() == input.optional()
                && in.optionalMask() == input.optionalMask();
        if (sameInput && weights.length == to - from
                && Arrays.equals(weights, 0, weights.length, parameterValues, from, to)) {
            return;
        }
        if (weights.length != to - from) {
            weights = new double[to - from];
        }
        System.arraycopy(parameterValues, from, weights, 0, to - from);
        int rows = in.rows();
        if (known.length < rows) {
            known = new boolean[rows];
            values = new double[Math.multiplyExact(rows, width)];
        } else {
            Arrays.fill(known, false);
        }
        input = in;
    }

    /** Whether every row {@code rows[from..from+n)} has kept outputs. */
    boolean hasAll(int[] rows, int from, int n) {
        for (int r = 0; r < n; r++) {
            if (!known[PropertyColumns.row(rows, from + r)]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps {@code batch[first + k][r]} ({@code k < width}) as the outputs of input row
     * {@code rows[from + r]}, for {@code r < n}.
     */
    void store(int[] rows, int from, int n, double[][] batch, int first) {
        for (int r = 0; r < n; r++) {
            int row = PropertyColumns.row(rows, from + r);
            int base = row * width;
            for (int k = 0; k < width; k++) {
                values[base + k] = batch[first + k][r];
            }
            known[row] = true;
        }
    }

    /** Writes the kept outputs of rows {@code rows[from..from+n)} into {@code batch}, as stored. */
    void load(int[] rows, int from, int n, double[][] batch, int first) {
        for (int r = 0; r < n; r++) {
            int base = PropertyColumns.row(rows, from + r) * width;
            for (int k = 0; k < width; k++) {
                batch[first + k][r] = values[base + k];
            }
        }
    }
}
