package io.bellamy.nn;

/**
 * A differentiable map between feature-major batches (see the package documentation).
 *
 * <p>Call order: {@link #forward} then, for the same batch, {@link #backward}. A layer keeps what
 * its backward pass needs from the last forward pass (activation derivatives, dropout masks), so
 * one instance serves one position in a network. Not thread-safe.
 */
public interface Layer {

    /** The number of input features (rows of the input batch). */
    int inputSize();

    /** The number of output features (rows of the output batch). */
    int outputSize();

    /** The largest batch width {@code n} this layer accepts. */
    int maxColumns();

    /**
     * Computes {@code out[0..outputSize)[0..n)} from {@code in[0..inputSize)[0..n)}.
     * Element-wise layers accept {@code out == in} (in place).
     *
     * @param in input rows, not modified (unless {@code out == in})
     * @param out output rows, overwritten
     * @param n the batch width, {@code 0 <= n <= maxColumns()}
     */
    void forward(double[][] in, double[][] out, int n);

    /**
     * Back-propagates {@code dOut}: adds this layer's parameter gradients (unless its group is
     * frozen) and, when {@code dIn != null}, overwrites {@code dIn[0..inputSize)[0..n)} with the
     * gradient of the loss with respect to the input. Element-wise layers accept
     * {@code dIn == dOut}.
     *
     * @param in the input given to the matching {@link #forward} call, not modified
     * @param dOut gradient with respect to the output, not modified (unless {@code dIn == dOut})
     * @param dIn gradient with respect to the input, overwritten; may be {@code null}
     * @param n the batch width of the matching forward call
     */
    void backward(double[][] in, double[][] dOut, double[][] dIn, int n);

    /** A fresh batch buffer of {@code rows x maxColumns}. */
    static double[][] buffer(int rows, int maxColumns) {
        if (rows < 0 || maxColumns < 0) {
            throw new IllegalArgumentException("buffer dimensions must be >= 0, got " + rows
                    + " x " + maxColumns);
        }
        return new double[rows][maxColumns];
    }
}
