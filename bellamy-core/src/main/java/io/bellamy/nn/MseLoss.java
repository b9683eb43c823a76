package io.bellamy.nn;

/**
 * The squared error {@code (pred - target)^2} (PyTorch {@code nn.MSELoss}); derivative
 * {@code 2 * (pred - target)}.
 */
public record MseLoss() implements Loss {

    /** The one instance needed. */
    public static final MseLoss INSTANCE = new MseLoss();

    @Override
    public double sum(double[] pred, double[] target, double[] grad, double weight, int from,
            int to) {
        double s0 = 0;
        double s1 = 0;
        int i = from;
        for (; i + 1 < to; i += 2) {
            double d0 = pred[i] - target[i];
            double d1 = pred[i + 1] - target[i + 1];
            s0 += d0 * d0;
            s1 += d1 * d1;
        }
        for (; i < to; i++) {
            double d = pred[i] - target[i];
            s0 += d * d;
        }
        if (grad != null) {
            double w2 = 2.0 * weight;
            for (int j = from; j < to; j++) {
                grad[j] = w2 * (pred[j] - target[j]);
            }
        }
        return s0 + s1;
    }

    /**
     * The squared error summed over rows {@code r < rows} and columns {@code [from, to)} of
     * feature-major matrices, vectorised: returns the sum and, when {@code grad != null},
     * overwrites {@code grad[r][i] = weight * 2 * (pred[r][i] - target[r][i])}.
     *
     * @param scratch work space of at least {@code to} values, overwritten
     */
    public double sumRows(double[][] pred, double[][] target, double[][] grad, double weight,
            int rows, int from, int to, double[] scratch) {
        double[] acc = scratch;
        for (int i = from; i < to; i++) {
            acc[i] = 0.0;
        }
        double w2 = 2.0 * weight;
        for (int r = 0; r < rows; r++) {
            double[] p = pred[r];
            double[] t = target[r];
            if (grad != null) {
                double[] g = grad[r];
                for (int i = from; i < to; i++) {
                    double d = p[i] - t[i];
                    acc[i] += d * d;
                    g[i] = w2 * d;
                }
            } else {
                for (int i = from; i < to; i++) {
                    double d = p[i] - t[i];
                    acc[i] += d * d;
                }
            }
        }
        return sumOfColumns(acc, from, to);
    }

    /**
     * {@code perColumn[from] + ... + perColumn[to - 1]} in the order {@link #sumRows} adds its
     * per-column sums, so that code summing per-column squared errors of its own gets the same
     * value bit for bit.
     */
    public static double sumOfColumns(double[] perColumn, int from, int to) {
        return RowKernels.sum(perColumn, from, to);
    }
}
