package io.bellamy.baselines;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Least-squares gradient boosting of regression trees (Friedman, "Greedy Function
 * Approximation: A Gradient Boosting Machine", Annals of Statistics 2001), as scikit-learn's
 * {@code GradientBoostingRegressor} computes it with {@code subsample=1.0}: start from the mean
 * target, then {@code stages} times fit a tree ({@link RegressionTreeBuilder}) to the residuals
 * {@code y - F(x)} and add {@code learningRate} times its prediction. Immutable once fitted.
 */
final class GradientBoostedTrees {

    /** Most trees {@link #read} accepts. */
    private static final int MAX_TREES = 100_000;

    /**
     * The hyperparameters.
     *
     * @param stages number of trees, at least 1 (scikit-learn's {@code n_estimators})
     * @param learningRate shrinkage, in (0, 1]
     * @param maxDepth depth of each tree, at least 1
     * @param minSamplesSplit least rows a node needs to be split, at least 2
     * @param minSamplesLeaf least rows in each leaf, at least 1
     */
    record Settings(int stages, double learningRate, int maxDepth, int minSamplesSplit,
            int minSamplesLeaf) {

        /** scikit-learn's defaults: 100 trees, rate 0.1, depth 3, split 2, leaf 1. */
        static final Settings SCIKIT_LEARN_DEFAULTS = new Settings(100, 0.1, 3, 2, 1);

        /** Checks the ranges. */
        Settings {
            if (stages < 1) {
                throw new IllegalArgumentException("stages must be >= 1, got " + stages);
            }
            if (!(learningRate > 0 && learningRate <= 1)) {
                throw new IllegalArgumentException("learning rate must be in (0, 1], got " + learningRate);
            }
            new RegressionTreeBuilder(maxDepth, minSamplesSplit, minSamplesLeaf);
        }
    }

    private final double initial;
    private final double learningRate;
    private final List<RegressionTree> trees;

    private GradientBoostedTrees(double initial, double learningRate, List<RegressionTree> trees) {
        this.initial = initial;
        this.learningRate = learningRate;
        this.trees = trees;
    }

    /**
     * Fits on {@code n x p} rows.
     *
     * @param x the rows, {@code n x p}, {@code n >= 1}; not modified
     * @param y the targets, length {@code n}; not modified
     * @throws IllegalArgumentException on no rows, mismatched lengths or non-finite values
     */
    static GradientBoostedTrees fit(double[][] x, double[] y, Settings settings) {
        if (y.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many rows as targets (>= 1), got "
                    + x.length + " rows and " + y.length + " targets");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("target " + i + " must be finite, got " + y[i]);
            }
            for (double v : x[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("row " + i + " has a non-finite value " + v);
                }
            }
        }
        double initial = 0;
        for (double v : y) {
            initial += v;
        }
        initial /= y.length;
        int[][] order = RegressionTreeBuilder.sortedOrder(x);
        RegressionTreeBuilder builder = new RegressionTreeBuilder(settings.maxDepth(),
                settings.minSamplesSplit(), settings.minSamplesLeaf());
        double[] current = new double[y.length];
        java.util.Arrays.fill(current, initial);
        double[] residual = new double[y.length];
        RegressionTree[] trees = new RegressionTree[settings.stages()];
        for (int stage = 0; stage < trees.length; stage++) {
            for (int i = 0; i < y.length; i++) {
                residual[i] = y[i] - current[i];
            }
            trees[stage] = builder.build(x, residual, order);
            for (int i = 0; i < y.length; i++) {
                current[i] += settings.learningRate() * trees[stage].predict(x[i]);
            }
        }
        return new GradientBoostedTrees(initial, settings.learningRate(), List.of(trees));
    }

    /** The boosted prediction for {@code row} (length {@code p}). */
    double predict(double[] row) {
        double f = initial;
        for (RegressionTree tree : trees) {
            f += learningRate * tree.predict(row);
        }
        return f;
    }

    /** The fitted trees in stage order. */
    List<RegressionTree> trees() {
        return trees;
    }

    /** Writes the model (see {@link #read}). */
    void write(DataOutput out) throws IOException {
        out.writeDouble(initial);
        out.writeDouble(learningRate);
        out.writeInt(trees.size());
        for (RegressionTree tree : trees) {
            tree.write(out);
        }
    }

    /**
     * Reads a model {@link #write} wrote, over rows of {@code width} columns; it predicts
     * exactly as the model written.
     *
     * @throws IllegalArgumentException when the input is not such a model
     * @throws IOException when the input ends early
     */
    static GradientBoostedTrees read(DataInput in, int width) throws IOException {
        double initial = in.readDouble();
        double learningRate = in.readDouble();
        int count = in.readInt();
        if (!Double.isFinite(initial) || !(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("initial value " + initial + " and learning rate "
                    + learningRate + " are not those of a fitted model");
        }
        if (count < 1 || count > MAX_TREES) {
            throw new IllegalArgumentException("a model must have 1.." + MAX_TREES
                    + " trees, got " + count);
        }
        RegressionTree[] read = new RegressionTree[count];
        for (int i = 0; i < count; i++) {
            read[i] = RegressionTree.read(in, width);
        }
        return new GradientBoostedTrees(initial, learningRate, List.of(read));
    }
}
