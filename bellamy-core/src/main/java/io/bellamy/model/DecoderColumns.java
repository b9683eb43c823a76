package io.bellamy.model;

import java.util.Arrays;

/**
 * The distinct columns of the decoder's output layer in one batch. Without dropout, two encoder
 * columns reach that layer with equal values, bit for bit, when they hold the same property
 * vector; if both are essential or both optional, their reconstructions, losses and gradients are
 * equal too. So in evaluation (the validation loss of every pre-training epoch) the layer and its
 * tanh run once per distinct vector and the results are copied back: on the C3O data a batch of
 * 512 columns has about 30 distinct ones. Nothing is approximated: every per-column value is the
 * one the full computation gives, and sums over columns still run over all of them in order.
 *
 * <p>With dropout, equal columns are rare enough (different kept features) that finding them
 * costs more than it saves (measured), so every column is its own distinct column then.
 *
 * <p>Distinct columns keep the order of their first column, so the essential ones come first:
 * {@code [0, essentialWidth())} and then the optional ones. Not thread-safe; one per network.
 */
final class DecoderColumns {

    private final int[] columnOf;
    private final int[] first;
    /** The unique property vector (see {@link PropertyColumns}) of each distinct column. */
    private final int[] vectorOf;
    /** Per unique vector and kind (essential, optional): its distinct column, when stamped. */
    private final int[] slot;
    private final int[] stamp;
    private int generation;
    private int columns;
    private int width;
    private int essentialWidth;
    private boolean shared;

    DecoderColumns(int maxColumns) {
        columnOf = new int[maxColumns];
        first = new int[maxColumns];
        vectorOf = new int[maxColumns];
        slot = new int[2 * maxColumns];
        stamp = new int[2 * maxColumns];
    }

    /** The number of distinct columns; equal to the number of columns when none repeats. */
    int width() {
        return width;
    }

    /** Distinct columns that stand for essential columns: {@code [0, essentialWidth())}. */
    int essentialWidth() {
        return essentialWidth;
    }

    /** Whether some columns share a distinct column ({@code width() < columns}). */
    boolean shared() {
        return shared;
    }

    /**
     * Finds the distinct columns of the batch laid out in {@code layout}.
     *
     * @param dropout whether a dropout layer between the encoder's input and the decoder's
     *     output is active (then every column is distinct)
     * @return the number of distinct columns
     */
    int group(PropertyColumns layout, boolean dropout) {
        int m = layout.columns();
        int ess = layout.essentialColumns();
        columns = m;
        if (dropout || layout.uniqueColumns() == m) {
            for (int s = 0; s < m; s++) {
                first[s] = s;
                columnOf[s] = s;
                vectorOf[s] = layout.uniqueIndex(s);
            }
            width = m;
            essentialWidth = ess;
            shared = false;
            return m;
        }
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 1;
        }
        int gen = generation;
        int next = 0;
        for (int s = 0; s < m; s++) {
            int vector = layout.uniqueIndex(s);
            int key = 2 * vector + (s < ess ? 0 : 1);
            if (stamp[key] != gen) {
                stamp[key] = gen;
                slot[key] = next;
                vectorOf[next] = vector;
                first[next++] = s;
            }
            columnOf[s] = slot[key];
            if (s == ess - 1) {
                essentialWidth = next;
            }
        }
        if (ess == 0) {
            essentialWidth = 0;
        }
        width = next;
        shared = next < m;
        return next;
    }

    /** {@code distinct[f][d] = full[f][first column of d]} for {@code f < features}. */
    void gather(double[][] full, int features, double[][] distinct) {
        for (int f = 0; f < features; f++) {
            double[] src = full[f];
            double[] dst = distinct[f];
            for (int d = 0; d < width; d++) {
                dst[d] = src[first[d]];
            }
        }
    }

    /**
     * The property vectors of the distinct columns: {@code x[j][d] = perUnique[j][k]} for the
     * unique vector {@code k} of distinct column {@code d} (see {@link PropertyColumns}).
     */
    void gatherVectors(double[][] perUnique, int features, double[][] x) {
        int f = 0;
        // two features per pass share the index loads
        for (; f + 1 < features; f += 2) {
            double[] src0 = perUnique[f];
            double[] dst0 = x[f];
            double[] src1 = perUnique[f + 1];
            double[] dst1 = x[f + 1];
            for (int d = 0; d < width; d++) {
                int k = vectorOf[d];
                dst0[d] = src0[k];
                dst1[d] = src1[k];
            }
        }
        for (; f < features; f++) {
            double[] src = perUnique[f];
            double[] dst = x[f];
            for (int d = 0; d < width; d++) {
                dst[d] = src[vectorOf[d]];
            }
        }
    }

    /** {@code full[f][s] = distinct[f][columnOf(s)]} for {@code f < features}, every column. */
    void scatter(double[][] distinct, int features, double[][] full) {
        for (int f = 0; f < features; f++) {
            double[] src = distinct[f];
            double[] dst = full[f];
            for (int s = 0; s < columns; s++) {
                dst[s] = src[columnOf[s]];
            }
        }
    }

    /** {@code full[s] = distinct[columnOf(s)]} for columns {@code [from, to)}. */
    void scatter(double[] distinct, double[] full, int from, int to) {
        for (int s = from; s < to; s++) {
            full[s] = distinct[columnOf[s]];
        }
    }

    /**
     * Sample-major rows for every column: {@code view[s]} is the row of its distinct column
     * (the same array, not a copy).
     */
    double[][] rowsPerColumn(double[][] distinctRows, double[][] view) {
        for (int s = 0; s < columns; s++) {
            view[s] = distinctRows[columnOf[s]];
        }
        return view;
    }
}
