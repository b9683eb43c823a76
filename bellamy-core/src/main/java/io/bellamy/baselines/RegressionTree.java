package io.bellamy.baselines;

/**
 * A fitted binary regression tree: internal nodes send a row left when
 * {@code row[feature] <= threshold}; leaves hold the mean target of their training rows.
 * Immutable.
 */
final class RegressionTree {

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
}
