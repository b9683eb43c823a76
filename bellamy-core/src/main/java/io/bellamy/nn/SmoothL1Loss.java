package io.bellamy.nn;

/**
 * The smooth L1 (Huber-like) loss of PyTorch's {@code nn.SmoothL1Loss(beta)}: with
 * {@code z = |pred - target|}, {@code 0.5 * z^2 / beta} if {@code z < beta}, else
 * {@code z - 0.5 * beta}. Its derivative is {@code (pred - target) / beta} inside and
 * {@code sign(pred - target)} outside.
 *
 * @param beta the threshold, finite and positive (PyTorch's default and Bellamy's is 1)
 */
public record SmoothL1Loss(double beta) implements Loss {

    /** The loss with {@code beta = 1}. */
    public static final SmoothL1Loss DEFAULT = new SmoothL1Loss(1.0);

    /** Requires a finite positive {@code beta}. */
    public SmoothL1Loss {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("smooth L1 beta must be finite and > 0, got " + beta);
        }
    }

    @Override
    public double sum(double[] pred, double[] target, double[] grad, double weight, int from,
            int to) {
        double total = 0.0;
        for (int i = from; i < to; i++) {
            double d = pred[i] - target[i];
            double z = Math.abs(d);
            double g;
            if (z < beta) {
                total += 0.5 * z * z / beta;
                g = d / beta;
            } else {
                total += z - 0.5 * beta;
                g = Math.signum(d);
            }
            if (grad != null) {
                grad[i] = weight * g;
            }
        }
        return total;
    }
}
