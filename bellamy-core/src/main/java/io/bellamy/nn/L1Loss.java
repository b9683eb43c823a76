package io.bellamy.nn;

/**
 * The absolute error {@code |pred - target|} (PyTorch {@code nn.L1Loss}); derivative
 * {@code sign(pred - target)}, zero at equality.
 */
public record L1Loss() implements Loss {

    /** The one instance needed. */
    public static final L1Loss INSTANCE = new L1Loss();

    @Override
    public double sum(double[] pred, double[] target, double[] grad, double weight, int from,
            int to) {
        double total = 0.0;
        for (int i = from; i < to; i++) {
            double d = pred[i] - target[i];
            total += Math.abs(d);
            if (grad != null) {
                grad[i] = weight * Math.signum(d);
            }
        }
        return total;
    }
}
