package io.bellamy.nn;

/** Copies vectors stored row-major in a flat array into columns of a feature-major batch. */
public final class ColumnGather {

    private ColumnGather() {
    }

    /**
     * {@code dst[j][column0 + c] = src[offsets[offsetFrom + c] + j]} for {@code c < count} and
     * {@code j < width}: the {@code count} vectors of {@code width} values starting at the given
     * offsets of {@code src} become consecutive columns of {@code dst}. Only {@code dst} is
     * modified.
     */
    public static void gather(double[] src, int[] offsets, int offsetFrom, int count,
            double[][] dst, int column0, int width) {
        RowKernels.gatherColumns(src, offsets, offsetFrom, count, dst, column0, width);
    }
}
