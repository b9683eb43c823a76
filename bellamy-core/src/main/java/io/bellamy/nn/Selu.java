package io.bellamy.nn;

/**
 * The scaled exponential linear unit (Klambauer et al., "Self-Normalizing Neural Networks",
 * NeurIPS 2017; PyTorch {@code nn.SELU}): {@code selu(x) = lambda * x} for {@code x > 0} and
 * {@code lambda * alpha * (exp(x) - 1)} otherwise, with PyTorch's constants.
 *
 * <p>The derivative at {@code x = 0} is taken from the left branch ({@code lambda * alpha}),
 * as PyTorch does. {@code exp(x) - 1} is evaluated by a vectorised kernel within a few ulps of
 * {@link Math#expm1}; the derivative {@code lambda * alpha * exp(x)} of the left branch is
 * computed as {@code lambda * alpha * (1 + expm1(x))}, with an absolute error below
 * {@code 4e-15}. Positive subnormal inputs below {@code 5.6e-309} get a derivative between
 * the two branches (the kink is there); every other input gets the exact branch.
 */
public final class Selu extends ElementwiseLayer {

    /** {@code lambda}, PyTorch's {@code SELU_SCALE}. */
    public static final double LAMBDA = 1.0507009873554804934193349852946;
    /** {@code alpha}, PyTorch's {@code SELU_ALPHA}. */
    public static final double ALPHA = 1.6732632423543772848170429916717;
    /** {@code lambda * alpha}, PyTorch's negative coefficient. */
    public static final double LAMBDA_ALPHA = ALPHA * LAMBDA;

    private final double[][] derivative;
    private final double[] scratch;

    /** A SELU over {@code size} features and batches up to {@code maxColumns} wide. */
    public Selu(int size, int maxColumns) {
        super("SELU", size, maxColumns);
        this.derivative = new double[size][maxColumns];
        this.scratch = new double[maxColumns];
    }

    @Override
    public void forward(double[][] in, double[][] out, int n) {
        checkWidth(n);
        double[] u = scratch;
        for (int r = 0; r < size; r++) {
            double[] x = in[r];
            double[] y = out[r];
            double[] d = derivative[r];
            Expm1Kernel.apply(Expm1Kernel.Argument.NEGATIVE_PART, x, u, n);
            for (int i = 0; i < n; i++) {
                double xi = x[i];
                double ui = u[i];
                double positive = Math.max(xi, 0.0);
                // 1 for x > 0 (x >= 5.6e-309), 0 for x <= 0, without a branch
                double step = Math.min(1.0, positive * Double.MAX_VALUE);
                y[i] = LAMBDA * positive + LAMBDA_ALPHA * ui;
                d[i] = LAMBDA_ALPHA * (ui + 1.0) + (LAMBDA - LAMBDA_ALPHA) * step;
            }
        }
    }

    @Override
    public void backward(double[][] in, double[][] dOut, double[][] dIn, int n) {
        checkWidth(n);
        if (dIn == null) {
            return;
        }
        for (int r = 0; r < size; r++) {
            double[] g = dOut[r];
            double[] d = derivative[r];
            double[] gi = dIn[r];
            for (int i = 0; i < n; i++) {
                gi[i] = g[i] * d[i];
            }
        }
    }
}
