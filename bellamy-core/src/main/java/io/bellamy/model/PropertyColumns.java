package io.bellamy.model;

import io.bellamy.nn.BatchLayout;

/**
 * The encoder columns of one batch: which property vector each column holds, how the codes
 * enter the combination net, and how their gradients come back.
 *
 * <p>Layout for {@code n} rows: column {@code p * n + r} holds essential property {@code p} of
 * row {@code r} ({@code p < 5}); then the present optional properties follow, row by row. Absent
 * optional properties get no column. Not thread-safe; one per network.
 */
final class PropertyColumns {

    private static final int ESSENTIAL = NetworkConfig.ESSENTIAL_PROPERTIES;
    private static final int OPTIONAL = NetworkConfig.OPTIONAL_PROPERTIES;

    private final int e;
    private final int[] sourceOffset;
    /** Vector number of each column: essential {@code row * 5 + p}, then optional ones after. */
    private final int[] sourceVector;
    private final int[] optionalRow;
    private final double[] optionalCount;
    private final int[] unique;
    private final int[] uniqueSource;
    private final int[] uniqueOffset;
    /**
     * The columns of each unique column, in increasing order: those of unique column {@code k}
     * are {@code columnsOfUnique[columnsStart[k] .. columnsStart[k + 1])}.
     */
    private final int[] columnsOfUnique;
    private final int[] columnsStart;
    private final VectorIds ids = new VectorIds();
    private int rows;
    private int essentialColumns;
    private int columns;
    private int uniqueColumns;
    private int uniqueEssential;

    PropertyColumns(int maxRows, int encodingSize) {
        this.e = encodingSize;
        this.sourceOffset = new int[maxRows * (ESSENTIAL + OPTIONAL)];
        this.sourceVector = new int[maxRows * (ESSENTIAL + OPTIONAL)];
        this.optionalRow = new int[maxRows * OPTIONAL];
        this.optionalCount = new double[maxRows];
        this.unique = new int[maxRows * (ESSENTIAL + OPTIONAL)];
        this.uniqueSource = new int[maxRows * (ESSENTIAL + OPTIONAL)];
        this.uniqueOffset = new int[maxRows * (ESSENTIAL + OPTIONAL)];
        this.columnsOfUnique = new int[maxRows * (ESSENTIAL + OPTIONAL)];
        this.columnsStart = new int[maxRows * (ESSENTIAL + OPTIONAL) + 1];
    }

    /**
     * The number of distinct property vectors among the columns (equal values, bit for bit):
     * unique column {@code k < uniqueColumns()} stands for every column {@code s} with
     * {@code uniqueIndex(s) == k}.
     */
    int uniqueColumns() {
        return uniqueColumns;
    }

    /** The unique column holding the vector of column {@code s}. */
    int uniqueIndex(int s) {
        return unique[s];
    }

    /** Columns holding essential vectors: {@code [0, essentialColumns())}. */
    int essentialColumns() {
        return essentialColumns;
    }

    /** All columns: essential then present optional. */
    int columns() {
        return columns;
    }

    /**
     * Lays out the columns of rows {@code rows[from..from+n)} (or {@code from..from+n} when
     * {@code rows == null}) and gathers their vectors: into the feature-major {@code xT} when all
     * are distinct ({@code uniqueColumns() == columns()}; {@code xU} is not touched), else only
     * the distinct ones into the feature-major {@code xU[0..e)[0..uniqueColumns())}
     * ({@code xT} is not touched; see {@link #scatterUnique}).
     *
     * @return the number of columns
     */
    int gather(NetworkInput input, int[] rows, int from, int n, double[][] xT, double[][] xU) {
        double[] mask = input.optionalMask();
        this.rows = n;
        int essentialVectors = input.essential().length / e;
        int s = 0;
        for (int p = 0; p < ESSENTIAL; p++) {
            for (int r = 0; r < n; r++, s++) {
                int vector = row(rows, from + r) * ESSENTIAL + p;
                sourceVector[s] = vector;
                sourceOffset[s] = vector * e;
            }
        }
        essentialColumns = s;
        int t = 0;
        for (int r = 0; r < n; r++) {
            int g = row(rows, from + r);
            int count = 0;
            for (int p = 0; p < OPTIONAL; p++) {
                if (mask[g * OPTIONAL + p] != 0.0) {
                    sourceVector[s] = essentialVectors + g * OPTIONAL + p;
                    sourceOffset[s++] = (g * OPTIONAL + p) * e;
                    optionalRow[t++] = r;
                    count++;
                }
            }
            optionalCount[r] = count;
        }
        columns = s;
        findUnique(input);
        if (uniqueColumns == columns) {
            BatchLayout.gatherColumns(input.essential(), sourceOffset, 0, essentialColumns, xT, 0,
                    e);
            BatchLayout.gatherColumns(input.optional(), sourceOffset, essentialColumns,
                    columns - essentialColumns, xT, essentialColumns, e);
        } else {
            // each distinct vector once; the caller copies them to columns where it needs them
            BatchLayout.gatherColumns(input.essential(), uniqueOffset, 0, uniqueEssential, xU, 0,
                    e);
            BatchLayout.gatherColumns(input.optional(), uniqueOffset, uniqueEssential,
                    uniqueColumns - uniqueEssential, xU, uniqueEssential, e);
        }
        return columns;
    }

    private void findUnique(NetworkInput input) {
        ids.prepare(input, e);
        int generation = ids.nextGeneration();
        int u = 0;
        uniqueEssential = 0;
        for (int s = 0; s < columns; s++) {
            int id = ids.id(sourceVector[s]);
            int k = ids.slot(id, generation, u);
            if (k == u) {
                uniqueOffset[u] = sourceOffset[s];
                uniqueSource[u++] = s;
                if (s < essentialColumns) {
                    uniqueEssential = u;
                }
            }
            unique[s] = k;
        }
        uniqueColumns = u;
        // group the columns by unique column (a counting sort, stable in column order)
        java.util.Arrays.fill(columnsStart, 0, u + 1, 0);
        for (int s = 0; s < columns; s++) {
            columnsStart[unique[s] + 1]++;
        }
        for (int k = 0; k < u; k++) {
            columnsStart[k + 1] += columnsStart[k];
        }
        for (int s = 0; s < columns; s++) {
            columnsOfUnique[columnsStart[unique[s]]++] = s;
        }
        for (int k = u; k > 0; k--) {
            columnsStart[k] = columnsStart[k - 1];
        }
        columnsStart[0] = 0;
    }

    /**
     * {@code full[f][s] = perUnique[f][uniqueIndex(s)]} for {@code f < features} and every
     * column {@code s}.
     */
    void scatterUnique(double[][] perUnique, int features, double[][] full) {
        int m = columns;
        int[] map = unique;
        int f = 0;
        // two features per pass share the index loads
        for (; f + 1 < features; f += 2) {
            double[] src0 = perUnique[f];
            double[] dst0 = full[f];
            double[] src1 = perUnique[f + 1];
            double[] dst1 = full[f + 1];
            for (int s = 0; s < m; s++) {
                int k = map[s];
                dst0[s] = src0[k];
                dst1[s] = src1[k];
            }
        }
        for (; f < features; f++) {
            double[] src = perUnique[f];
            double[] dst = full[f];
            for (int s = 0; s < m; s++) {
                dst[s] = src[map[s]];
            }
        }
    }

    /**
     * The adjoint of {@link #scatterUnique}: {@code perUnique[f][k] = sum} of {@code full[f][s]}
     * over the columns {@code s} of unique column {@code k}, added in column order.
     */
    void reduceToUnique(double[][] full, int features, double[][] perUnique) {
        int u = uniqueColumns;
        int f = 0;
        // four features at a time, each unique column's columns in order: four independent
        // sums in registers instead of additions into memory
        for (; f + 3 < features; f += 4) {
            double[] x0 = full[f];
            double[] x1 = full[f + 1];
            double[] x2 = full[f + 2];
            double[] x3 = full[f + 3];
            for (int k = 0; k < u; k++) {
                double s0 = 0.0;
                double s1 = 0.0;
                double s2 = 0.0;
                double s3 = 0.0;
                for (int c = columnsStart[k]; c < columnsStart[k + 1]; c++) {
                    int s = columnsOfUnique[c];
                    s0 += x0[s];
                    s1 += x1[s];
                    s2 += x2[s];
                    s3 += x3[s];
                }
                perUnique[f][k] = s0;
                perUnique[f + 1][k] = s1;
                perUnique[f + 2][k] = s2;
                perUnique[f + 3][k] = s3;
            }
        }
        for (; f < features; f++) {
            double[] x = full[f];
            for (int k = 0; k < u; k++) {
                double sum = 0.0;
                for (int c = columnsStart[k]; c < columnsStart[k + 1]; c++) {
                    sum += x[columnsOfUnique[c]];
                }
                perUnique[f][k] = sum;
            }
        }
    }

    /** Copies the vector of every unique column into the sample-major rows {@code xS[k]}. */
    void gatherUniqueSampleRows(NetworkInput input, double[][] xS) {
        double[] essential = input.essential();
        double[] optional = input.optional();
        for (int k = 0; k < uniqueColumns; k++) {
            int s = uniqueSource[k];
            System.arraycopy(s < essentialColumns ? essential : optional, sourceOffset[s], xS[k],
                    0, e);
        }
    }

    /**
     * Writes the codes into the combination input: rows {@code base + p * cs + c} get code
     * {@code c} of essential property {@code p}, rows {@code base + 5 * cs + c} the mean of
     * the present optional codes (0 when none is present).
     */
    void toCombinationInput(double[][] codes, int cs, double[][] combIn, int base) {
        int n = rows;
        for (int p = 0; p < ESSENTIAL; p++) {
            for (int c = 0; c < cs; c++) {
                System.arraycopy(codes[c], p * n, combIn[base + p * cs + c], 0, n);
            }
        }
        int meanBase = base + ESSENTIAL * cs;
        for (int c = 0; c < cs; c++) {
            double[] mean = combIn[meanBase + c];
            double[] code = codes[c];
            java.util.Arrays.fill(mean, 0, n, 0.0);
            for (int t = 0, s = essentialColumns; s < columns; t++, s++) {
                mean[optionalRow[t]] += code[s];
            }
            for (int r = 0; r < n; r++) {
                if (optionalCount[r] > 0) {
                    mean[r] /= optionalCount[r];
                }
            }
        }
    }

    /** The adjoint of {@link #toCombinationInput}: code gradients from the input gradient. */
    void fromCombinationGradient(double[][] gCombIn, int base, int cs, double[][] gCodes) {
        int n = rows;
        for (int p = 0; p < ESSENTIAL; p++) {
            for (int c = 0; c < cs; c++) {
                System.arraycopy(gCombIn[base + p * cs + c], 0, gCodes[c], p * n, n);
            }
        }
        int meanBase = base + ESSENTIAL * cs;
        for (int c = 0; c < cs; c++) {
            double[] gMean = gCombIn[meanBase + c];
            double[] g = gCodes[c];
            for (int t = 0, s = essentialColumns; s < columns; t++, s++) {
                int r = optionalRow[t];
                g[s] = gMean[r] / optionalCount[r];
            }
        }
    }

    static int row(int[] rows, int k) {
        return rows == null ? k : rows[k];
    }
}
