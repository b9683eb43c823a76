package io.bellamy.nn;

/**
 * Inner loops over feature-major rows, written so that HotSpot C2 vectorises them: every array
 * of a loop is indexed by the same plain induction variable, and at most four input rows are
 * combined per pass (measured on JDK 17: wider bodies or differing offsets into one array stop
 * the vectoriser).
 */
final class RowKernels {

    private RowKernels() {
    }

    /** {@code y[i] += a*x0[i] + b*x1[i] + c*x2[i] + d*x3[i]} for {@code i < n}. */
    static void add4(double[] y, double a, double[] x0, double b, double[] x1, double c,
            double[] x2, double d, double[] x3, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += (a * x0[i] + b * x1[i]) + (c * x2[i] + d * x3[i]);
        }
    }

    /** {@code y[i] += a*x0[i] + b*x1[i] + c*x2[i]} for {@code i < n}. */
    static void add3(double[] y, double a, double[] x0, double b, double[] x1, double c,
            double[] x2, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += (a * x0[i] + b * x1[i]) + c * x2[i];
        }
    }

    /** {@code y[i] += a*x0[i] + b*x1[i]} for {@code i < n}. */
    static void add2(double[] y, double a, double[] x0, double b, double[] x1, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += a * x0[i] + b * x1[i];
        }
    }

    /** {@code y[i] += a*x0[i]} for {@code i < n}. */
    static void add1(double[] y, double a, double[] x0, int n) {
        for (int i = 0; i < n; i++) {
            y[i] += a * x0[i];
        }
    }

    /** {@code y[i] = value} for {@code i < n}. */
    static void fill(double[] y, double value, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = value;
        }
    }

    /**
     * {@code y[i] = start + sum_k coefficient(k) * x[k][i]} for {@code i < n} and
     * {@code k < count}, where {@code coefficient(k) = w[wOffset + k * wStride]}.
     */
    static void combine(double[] y, double start, double[] w, int wOffset, int wStride,
            double[][] x, int count, int n) {
        int p = wOffset;
        switch (Math.min(count, 4)) {
            case 0 -> {
                fill(y, start, n);
                return;
            }
            case 1 -> {
                set1(y, start, w[p], x[0], n);
                return;
            }
            case 2 -> {
                set2(y, start, w[p], x[0], w[p + wStride], x[1], n);
                return;
            }
            case 3 -> {
                set3(y, start, w[p], x[0], w[p + wStride], x[1], w[p + 2 * wStride], x[2], n);
                return;
            }
            default -> set4(y, start, w[p], x[0], w[p + wStride], x[1], w[p + 2 * wStride], x[2],
                    w[p + 3 * wStride], x[3], n);
        }
        int k = 4;
        p += 4 * wStride;
        for (; k + 3 < count; k += 4, p += 4 * wStride) {
            add4(y, w[p], x[k], w[p + wStride], x[k + 1], w[p + 2 * wStride], x[k + 2],
                    w[p + 3 * wStride], x[k + 3], n);
        }
        switch (count - k) {
            case 3 -> add3(y, w[p], x[k], w[p + wStride], x[k + 1], w[p + 2 * wStride], x[k + 2], n);
            case 2 -> add2(y, w[p], x[k], w[p + wStride], x[k + 1], n);
            case 1 -> add1(y, w[p], x[k], n);
            default -> {
                // nothing left
            }
        }
    }

    /** {@code y[i] = s + a*x0[i] + b*x1[i] + c*x2[i] + d*x3[i]} for {@code i < n}. */
    static void set4(double[] y, double s, double a, double[] x0, double b, double[] x1, double c,
            double[] x2, double d, double[] x3, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = s + ((a * x0[i] + b * x1[i]) + (c * x2[i] + d * x3[i]));
        }
    }

    /** {@code y[i] = s + a*x0[i] + b*x1[i] + c*x2[i]} for {@code i < n}. */
    static void set3(double[] y, double s, double a, double[] x0, double b, double[] x1, double c,
            double[] x2, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = s + ((a * x0[i] + b * x1[i]) + c * x2[i]);
        }
    }

    /** {@code y[i] = s + a*x0[i] + b*x1[i]} for {@code i < n}. */
    static void set2(double[] y, double s, double a, double[] x0, double b, double[] x1, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = s + (a * x0[i] + b * x1[i]);
        }
    }

    /** {@code y[i] = s + a*x0[i]} for {@code i < n}. */
    static void set1(double[] y, double s, double a, double[] x0, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = s + a * x0[i];
        }
    }

    /**
     * {@code y[q][j] = sum_{s < n} c[q][s] * x[s][j]} for {@code q < rows}, {@code j < width}:
     * weighted sums of the sample rows {@code x[0..n)}, one per coefficient row. Blocks of four
     * sample rows are reused for every {@code q} while they are in cache.
     */
    static void weightedRowSums(double[][] y, double[][] c, int rows, double[][] x, int n,
            int width) {
        for (int q = 0; q < rows; q++) {
            fill(y[q], 0.0, width);
        }
        int s = 0;
        for (; s + 3 < n; s += 4) {
            double[] x0 = x[s];
            double[] x1 = x[s + 1];
            double[] x2 = x[s + 2];
            double[] x3 = x[s + 3];
            for (int q = 0; q < rows; q++) {
                double[] cq = c[q];
                add4(y[q], cq[s], x0, cq[s + 1], x1, cq[s + 2], x2, cq[s + 3], x3, width);
            }
        }
        for (; s < n; s++) {
            for (int q = 0; q < rows; q++) {
                add1(y[q], c[q][s], x[s], width);
            }
        }
    }

    /** {@code sum_{i < n} a[i] * b[i]} with four partial sums. */
    static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@code out[at + q] += sum_{i < n} a[i] * b_q[i]} for {@code q < 4}: four dot products
     * sharing {@code a}, two partial sums each.
     */
    static void addDot4(double[] a, double[] b0, double[] b1, double[] b2, double[] b3, int n,
            double[] out, int at, int stride) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double ai = a[i];
            double aj = a[i + 1];
            s0 += ai * b0[i];
            s1 += ai * b1[i];
            s2 += ai * b2[i];
            s3 += ai * b3[i];
            t0 += aj * b0[i + 1];
            t1 += aj * b1[i + 1];
            t2 += aj * b2[i + 1];
            t3 += aj * b3[i + 1];
        }
        if (i < n) {
            double ai = a[i];
            s0 += ai * b0[i];
            s1 += ai * b1[i];
            s2 += ai * b2[i];
            s3 += ai * b3[i];
        }
        out[at] += s0 + t0;
        out[at + stride] += s1 + t1;
        out[at + 2 * stride] += s2 + t2;
        out[at + 3 * stride] += s3 + t3;
    }

    /**
     * {@link #addDot4} for two rows {@code a0} and {@code a1} at once, into {@code out[at0 + q *
     * stride]} and {@code out[at1 + q * stride]}: the same partial sums in the same order (so the
     * same values), with each {@code b} value loaded once for both rows.
     */
    static void addDot2x4(double[] a0, double[] a1, double[] b0, double[] b1, double[] b2,
            double[] b3, int n, double[] out, int at0, int at1, int stride) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        double u0 = 0;
        double u1 = 0;
        double u2 = 0;
        double u3 = 0;
        double v0 = 0;
        double v1 = 0;
        double v2 = 0;
        double v3 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double c0 = b0[i];
            double c1 = b1[i];
            double c2 = b2[i];
            double c3 = b3[i];
            double ai = a0[i];
            s0 += ai * c0;
            s1 += ai * c1;
            s2 += ai * c2;
            s3 += ai * c3;
            double bi = a1[i];
            u0 += bi * c0;
            u1 += bi * c1;
            u2 += bi * c2;
            u3 += bi * c3;
            double d0 = b0[i + 1];
            double d1 = b1[i + 1];
            double d2 = b2[i + 1];
            double d3 = b3[i + 1];
            double aj = a0[i + 1];
            t0 += aj * d0;
            t1 += aj * d1;
            t2 += aj * d2;
            t3 += aj * d3;
            double bj = a1[i + 1];
            v0 += bj * d0;
            v1 += bj * d1;
            v2 += bj * d2;
            v3 += bj * d3;
        }
        if (i < n) {
            double ai = a0[i];
            s0 += ai * b0[i];
            s1 += ai * b1[i];
            s2 += ai * b2[i];
            s3 += ai * b3[i];
            double bi = a1[i];
            u0 += bi * b0[i];
            u1 += bi * b1[i];
            u2 += bi * b2[i];
            u3 += bi * b3[i];
        }
        out[at0] += s0 + t0;
        out[at0 + stride] += s1 + t1;
        out[at0 + 2 * stride] += s2 + t2;
        out[at0 + 3 * stride] += s3 + t3;
        out[at1] += u0 + v0;
        out[at1 + stride] += u1 + v1;
        out[at1 + 2 * stride] += u2 + v2;
        out[at1 + 3 * stride] += u3 + v3;
    }

    /** {@code sum_{i < n} a[i]} with four partial sums. */
    static double sum(double[] a, int n) {
        return sum(a, 0, n);
    }

    /**
     * {@code sum_{from <= i < to} a[i]} with four partial sums: {@code s_q} adds
     * {@code a[from + q], a[from + q + 4], ...} and the rest goes to {@code s_0}; the result is
     * {@code (s_0 + s_1) + (s_2 + s_3)}.
     */
    static double sum(double[] a, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < to; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code dst[i][r] = src[r][i]} for {@code r < rows}, {@code i < n}. */
    static void transpose(double[][] src, int rows, double[][] dst, int n) {
        int i0 = 0;
        // eight destination rows at a time: contiguous reads, eight write streams
        for (; i0 + 7 < n; i0 += 8) {
            double[] d0 = dst[i0];
            double[] d1 = dst[i0 + 1];
            double[] d2 = dst[i0 + 2];
            double[] d3 = dst[i0 + 3];
            double[] d4 = dst[i0 + 4];
            double[] d5 = dst[i0 + 5];
            double[] d6 = dst[i0 + 6];
            double[] d7 = dst[i0 + 7];
            for (int r = 0; r < rows; r++) {
                double[] s = src[r];
                d0[r] = s[i0];
                d1[r] = s[i0 + 1];
                d2[r] = s[i0 + 2];
                d3[r] = s[i0 + 3];
                d4[r] = s[i0 + 4];
                d5[r] = s[i0 + 5];
                d6[r] = s[i0 + 6];
                d7[r] = s[i0 + 7];
            }
        }
        for (int i = i0; i < n; i++) {
            double[] d = dst[i];
            for (int r = 0; r < rows; r++) {
                d[r] = src[r][i];
            }
        }
    }

    /**
     * {@code dst[j][column0 + c] = src[offsets[c] + j]} for {@code c < count}, {@code j < width}:
     * gathers {@code count} vectors of {@code width} values, stored at {@code offsets} in
     * {@code src}, as consecutive columns of the feature-major {@code dst}.
     */
    static void gatherColumns(double[] src, int[] offsets, int offsetFrom, int count,
            double[][] dst, int column0, int width) {
        int c = 0;
        for (; c + 7 < count; c += 8) {
            int q = offsetFrom + c;
            int o0 = offsets[q];
            int o1 = offsets[q + 1];
            int o2 = offsets[q + 2];
            int o3 = offsets[q + 3];
            int o4 = offsets[q + 4];
            int o5 = offsets[q + 5];
            int o6 = offsets[q + 6];
            int o7 = offsets[q + 7];
            int col = column0 + c;
            for (int j = 0; j < width; j++) {
                double[] d = dst[j];
                d[col] = src[o0 + j];
                d[col + 1] = src[o1 + j];
                d[col + 2] = src[o2 + j];
                d[col + 3] = src[o3 + j];
                d[col + 4] = src[o4 + j];
                d[col + 5] = src[o5 + j];
                d[col + 6] = src[o6 + j];
                d[col + 7] = src[o7 + j];
            }
        }
        for (; c < count; c++) {
            int o = offsets[offsetFrom + c];
            int col = column0 + c;
            for (int j = 0; j < width; j++) {
                dst[j][col] = src[o + j];
            }
        }
    }
}
