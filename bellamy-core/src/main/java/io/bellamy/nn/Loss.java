package io.bellamy.nn;

/**
 * An element-wise regression loss {@code l(prediction, target)} with its derivative in the
 * prediction. Implementations: {@link SmoothL1Loss}, {@link MseLoss}, {@link L1Loss}.
 */
public interface Loss {

    /**
     * Returns {@code sum_{i in [from, to)} l(pred[i], target[i])} and, when {@code grad != null},
     * overwrites {@code grad[i] = weight * dl/dpred(pred[i], target[i])} for the same indices.
     * Arrays are not modified otherwise.
     */
    double sum(double[] pred, double[] target, double[] grad, double weight, int from, int to);

    /**
     * The mean loss over {@code [0, n)} (PyTorch's {@code reduction='mean'}), writing the gradient
     * of the mean into {@code grad} when it is not {@code null}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    default double mean(double[] pred, double[] target, double[] grad, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("mean loss needs at least one element, got " + n);
        }
        return sum(pred, target, grad, 1.0 / n, 0, n) / n;
    }
}
