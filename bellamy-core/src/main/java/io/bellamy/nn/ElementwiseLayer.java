package io.bellamy.nn;

/**
 * A layer that maps each of {@code size} features to itself: input and output widths are equal,
 * and batches are at most {@code maxColumns} wide. Holds the shape and its checks shared by the
 * activations and dropout.
 */
abstract class ElementwiseLayer implements Layer {

    /** Number of features in and out. */
    protected final int size;
    /** The widest batch the layer's buffers hold. */
    protected final int maxColumns;

    /**
     * @param name the layer's name in messages
     * @param size features, at least 1
     * @param maxColumns widest batch, at least 0
     */
    ElementwiseLayer(String name, int size, int maxColumns) {
        if (size < 1 || maxColumns < 0) {
            throw new IllegalArgumentException(name + " needs size >= 1 and maxColumns >= 0, got "
                    + size + ", " + maxColumns);
        }
        this.size = size;
        this.maxColumns = maxColumns;
    }

    @Override
    public final int inputSize() {
        return size;
    }

    @Override
    public final int outputSize() {
        return size;
    }

    @Override
    public final int maxColumns() {
        return maxColumns;
    }

    /** Rejects a batch width outside {@code [0, maxColumns]}. */
    protected final void checkWidth(int n) {
        if (n < 0 || n > maxColumns) {
            throw new IllegalArgumentException("batch width must be in [0, " + maxColumns
                    + "], got " + n);
        }
    }
}
