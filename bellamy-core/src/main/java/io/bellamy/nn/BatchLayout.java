package io.bellamy.nn;

/**
 * Moves values between layouts: row-major vectors in a flat array, feature-major batches
 * ({@code double[feature][column]}) and sample-major rows ({@code double[column][feature]}).
 */
public final class BatchLayout {

    private BatchLayout() {
    }

    /**
     * {@code dst[j][column0 + c] = src[offsets[offsetFrom + c] + j]} for {@code c < count} and
     * {@code j < width}: the {@code count} vectors of {@code width} values starting at the given
     * offsets of {@code src} become consecutive columns of {@code dst}. Only {@code dst} is
     * modified.
     */
    public static void gatherColumns(double[] src, int[] offsets, int offsetFrom, int count,
            double[][] dst, int column0, int width) {
        RowKernels.gatherColumns(src, offsets, offsetFrom, count, dst, column0, width);
    }

    /**
     * {@code dst[i][r] = src[r][i]} for {@code r < rows} and {@code i < n}: a feature-major batch
     * to sample-major rows (or back). Only {@code dst} is modified.
     */
    public static void transpose(double[][] src, int rows, double[][] dst, int n) {
        RowKernels.transpose(src, rows, dst, n);
    }
}
