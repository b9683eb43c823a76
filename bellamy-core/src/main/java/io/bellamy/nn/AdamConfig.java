package io.bellamy.nn;

/**
 * Hyperparameters of {@link Adam} other than the learning rate, with PyTorch's defaults.
 *
 * @param beta1 decay of the first-moment average, in {@code [0, 1)}; default 0.9
 * @param beta2 decay of the second-moment average, in {@code [0, 1)}; default 0.999
 * @param epsilon added to the denominator, finite and {@code >= 0}; default 1e-8
 * @param weightDecay L2 coefficient added to the gradient ({@code g + wd * w}), finite and
 *     {@code >= 0}; default 0
 */
public record AdamConfig(double beta1, double beta2, double epsilon, double weightDecay) {

    /** PyTorch's defaults: betas 0.9/0.999, eps 1e-8, no weight decay. */
    public static final AdamConfig DEFAULT = new AdamConfig(0.9, 0.999, 1e-8, 0.0);

    /** Validates every field. */
    public AdamConfig {
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("Adam beta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam beta2 must be in [0, 1), got " + beta2);
        }
        if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("Adam epsilon must be finite and >= 0, got "
                    + epsilon);
        }
        if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
            throw new IllegalArgumentException("Adam weight decay must be finite and >= 0, got "
                    + weightDecay);
        }
    }

    /** PyTorch's defaults with the given weight decay. */
    public static AdamConfig withWeightDecay(double weightDecay) {
        return new AdamConfig(0.9, 0.999, 1e-8, weightDecay);
    }
}
