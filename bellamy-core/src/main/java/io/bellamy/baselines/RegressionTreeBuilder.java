package io.bellamy.baselines;

import java.util.ArrayList;
import java.util.List;

/**
 * Grows one regression tree the way scikit-learn's {@code DecisionTreeRegressor} does with
 * {@code splitter="best"}, {@code criterion="friedman_mse"} and all features considered: exact
 * greedy search over the sorted values of every column, candidate thresholds at the midpoint
 * {@code a/2 + b/2} of adjacent distinct values (values closer than {@value #FEATURE_THRESHOLD}
 * count as equal), the split maximising Friedman's improvement proxy
 * {@code (n_R S_L - n_L S_R)^2 / (n_L n_R)} ({@code S} the sums of the targets). A node stays a
 * leaf at {@code maxDepth}, below {@code minSamplesSplit} rows, below {@code 2 minSamplesLeaf}
 * rows, when its variance is at most {@code 2^-52}, or when no column varies.
 *
 * <p>Ties: scikit-learn visits the columns in a random order and keeps the first best split,
 * so exact ties between columns go to a random one; here the columns are visited in index
 * order, so the lowest column index wins, and within a column the lowest threshold. Nothing
 * else is random, so trees are deterministic.
 */
final class RegressionTreeBuilder {

    /** Values closer than this are one value (scikit-learn's {@code FEATURE_THRESHOLD}). */
    static final double FEATURE_THRESHOLD = 1e-7;

    /** Node variance at or below this makes a leaf (scikit-learn's {@code EPSILON}). */
    static final double EPSILON = Math.ulp(1.0);

    private final int maxDepth;
    private final int minSamplesSplit;
    private final int minSamplesLeaf;

    /**
     * @throws IllegalArgumentException when {@code maxDepth < 1}, {@code minSamplesSplit < 2}
     *     or {@code minSamplesLeaf < 1}
     */
    RegressionTreeBuilder(int maxDepth, int minSamplesSplit, int minSamplesLeaf) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("max depth must be >= 1, got " + maxDepth);
        }
        if (minSamplesSplit < 2) {
            throw new IllegalArgumentException("min samples to split must be >= 2, got " + minSamplesSplit);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException("min samples per leaf must be >= 1, got " + minSamplesLeaf);
        }
        this.maxDepth = maxDepth;
        this.minSamplesSplit = minSamplesSplit;
        this.minSamplesLeaf = minSamplesLeaf;
    }

    /**
     * Grows a tree on {@code rows x columns} data.
     *
     * @param x the rows, {@code n x p}; not modified
     * @param y the targets, length {@code n}; not modified
     * @param order for every column, the row indices sorted by that column's value (ties in
     *     index order), {@code p x n}, as from {@link #sortedOrder}; not modified
     */
    RegressionTree build(double[][] x, double[] y, int[][] order) {
        return new Growth(x, y, order).run();
    }

    /** For every column, the row indices sorted by value, ties in index order ({@code p x n}). */
    static int[][] sortedOrder(double[][] x) {
        int columns = x.length == 0 ? 0 : x[0].length;
        int[][] order = new int[columns][];
        for (int f = 0; f < columns; f++) {
            int column = f;
            order[f] = java.util.stream.IntStream.range(0, x.length).boxed()
                    .sorted((i, j) -> {
                        int c = Double.compare(x[i][column], x[j][column]);
                        return c != 0 ? c : Integer.compare(i, j);
                    })
                    .mapToInt(Integer::intValue).toArray();
        }
        return order;
    }

    /** Mutable state of one tree's growth; never escapes {@link #build}. */
    private final class Growth {
        private final double[][] x;
        private final double[] y;
        private final int[][] order;
        private final int[] nodeOf;
        private final List<int[]> links = new ArrayList<>();  // {feature, left, right}
        private final List<double[]> splits = new ArrayList<>();  // {threshold, value}

        Growth(double[][] x, double[] y, int[][] order) {
            this.x = x;
            this.y = y;
            this.order = order;
            this.nodeOf = new int[y.length];
        }

        RegressionTree run() {
            if (y.length == 0) {
                throw new IllegalArgumentException("a tree needs at least one row, got none");
            }
            grow(newNode(), 0);
            int count = links.size();
            int[] feature = new int[count];
            int[] left = new int[count];
            int[] right = new int[count];
            double[] threshold = new double[count];
            double[] value = new double[count];
            for (int i = 0; i < count; i++) {
                feature[i] = links.get(i)[0];
                left[i] = links.get(i)[1];
                right[i] = links.get(i)[2];
                threshold[i] = splits.get(i)[0];
                value[i] = splits.get(i)[1];
            }
            return new RegressionTree(feature, threshold, left, right, value);
        }

        private int newNode() {
            links.add(new int[] {-1, -1, -1});
            splits.add(new double[] {0.0, 0.0});
            return links.size() - 1;
        }

        private void grow(int node, int depth) {
            int count = 0;
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < y.length; i++) {
                if (nodeOf[i] == node) {
                    count++;
                    sum += y[i];
                    sumSquares += y[i] * y[i];
                }
            }
            double mean = sum / count;
            splits.get(node)[1] = mean;
            double impurity = sumSquares / count - mean * mean;
            if (depth >= maxDepth || count < minSamplesSplit || count < 2 * minSamplesLeaf
                    || impurity <= EPSILON) {
                return;
            }
            Split best = bestSplit(node, count, sum);
            if (best == null) {
                return;
            }
            int left = newNode();
            int right = newNode();
            links.set(node, new int[] {best.feature, left, right});
            splits.get(node)[0] = best.threshold;
            for (int i = 0; i < y.length; i++) {
                if (nodeOf[i] == node) {
                    nodeOf[i] = x[i][best.feature] <= best.threshold ? left : right;
                }
            }
            grow(left, depth + 1);
            grow(right, depth + 1);
        }

        private Split bestSplit(int node, int count, double total) {
            double[] xs = new double[count];
            double[] ys = new double[count];
            Split best = null;
            double bestProxy = Double.NEGATIVE_INFINITY;
            for (int f = 0; f < order.length; f++) {
                int k = 0;
                for (int i : order[f]) {
                    if (nodeOf[i] == node) {
                        xs[k] = x[i][f];
                        ys[k] = y[i];
                        k++;
                    }
                }
                if (xs[count - 1] <= xs[0] + FEATURE_THRESHOLD) {
                    continue;
                }
                double sumLeft = 0;
                int added = 0;
                int p = 0;
                while (p < count) {
                    while (p + 1 < count && xs[p + 1] <= xs[p] + FEATURE_THRESHOLD) {
                        p++;
                    }
                    p++;
                    if (p >= count) {
                        break;
                    }
                    while (added < p) {
                        sumLeft += ys[added++];
                    }
                    int nLeft = p;
                    int nRight = count - p;
                    if (nLeft < minSamplesLeaf || nRight < minSamplesLeaf) {
                        continue;
                    }
                    double sumRight = total - sumLeft;
                    double diff = nRight * sumLeft - nLeft * sumRight;
                    double proxy = diff * diff / ((double) nLeft * nRight);
                    if (proxy > bestProxy) {
                        bestProxy = proxy;
                        double threshold = xs[p - 1] / 2.0 + xs[p] / 2.0;
                        if (threshold == xs[p] || Double.isInfinite(threshold)) {
                            threshold = xs[p - 1];
                        }
                        best = new Split(f, threshold);
                    }
                }
            }
            return best;
        }
    }

    private record Split(int feature, double threshold) {
    }
}
