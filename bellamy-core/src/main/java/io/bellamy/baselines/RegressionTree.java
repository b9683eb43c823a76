package io.bellamy.baselines;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A fitted binary regression tree: internal nodes send a row left when
 * {@code row[feature] <= threshold}; leaves hold the mean target of their training rows.
 * Immutable.
 */
final class RegressionTree {

    /** Most nodes {@link #read} accepts (a tree of depth 20). */
    private static final int MAX_NODES = (1 << 21) - 1;

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;

    /**
     * @param feature per node, the split column, or -1 for a leaf
     * @param threshold per node, the split threshold (unused for leaves)
     * @param left per node, the left child's index (unused for leaves)
     * @param right per node, the right child's index (unused for leaves)
     * @param value per node, the mean target of the node's training rows
     */
    RegressionTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
    }

    /** The leaf value for {@code row}. */
    double predict(double[] row) {
        int node = 0;
        while (feature[node] >= 0) {
            node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return value[node];
    }

    /** Number of nodes, leaves included. */
    int nodeCount() {
        return feature.length;
    }

    /** The split column of the root, or -1 when the root is a leaf. */
    int rootFeature() {
        return feature[0];
    }

    /** The split threshold of the root (meaningless when the root is a leaf). */
    double rootThreshold() {
        return threshold[0];
    }

    /** Writes the nodes (see {@link #read}). */
    void write(DataOutput out) throws IOException {
        out.writeInt(feature.length);
        for (int i = 0; i < feature.length; i++) {
            out.writeInt(feature[i]);
            out.writeDouble(threshold[i]);
            out.writeInt(left[i]);
            out.writeInt(right[i]);
            out.writeDouble(value[i]);
        }
    }

    /**
     * Reads a tree {@link #write} wrote, checking that it is one: every split column below
     * {@code width}, every child after its parent (so a prediction always reaches a leaf),
     * finite values.
     *
     * @throws IllegalArgumentException when the nodes do not form a tree of this width
     * @throws IOException when the input ends early
     */
    static RegressionTree read(DataInput in, int width) throws IOException {
        int n = in.readInt();
        if (n < 1 || n > MAX_NODES) {
            throw new IllegalArgumentException("a tree must have 1.." + MAX_NODES
                    + " nodes, got " + n);
        }
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            feature[i] = in.readInt();
            threshold[i] = in.readDouble();
            left[i] = in.readInt();
            right[i] = in.readInt();
            value[i] = in.readDouble();
            if (feature[i] < -1 || feature[i] >= width) {
                throw new IllegalArgumentException("node " + i + " splits on column " + feature[i]
                        + " of " + width);
            }
            if (!Double.isFinite(value[i]) || feature[i] >= 0 && Double.isNaN(threshold[i])) {
                throw new IllegalArgumentException("node " + i + " has a non-finite value");
            }
            if (feature[i] >= 0 && (left[i] <= i || left[i] >= n || right[i] <= i
                    || right[i] >= n)) {
                throw new IllegalArgumentException("node " + i + " has children " + left[i]
                        + " and " + right[i] + " outside " + (i + 1) + ".." + (n - 1));
            }
        }
        return new RegressionTree(feature, threshold, left, right, value);
    }
}
