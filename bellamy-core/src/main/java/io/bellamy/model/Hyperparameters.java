package io.bellamy.model;

import java.io.Serializable;

/**
 * The hyperparameters the search chooses (SPEC §5).
 *
 * @param dropout alpha-dropout probability in [0, 1)
 * @param lr Adam learning rate, > 0
 * @param weightDecay L2 weight decay added to the gradient, >= 0
 */
public record Hyperparameters(double dropout, double lr, double weightDecay)
        implements Serializable {

    /** Validates ranges, quoting the value. */
    public Hyperparameters {
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("lr must be a finite number > 0, got " + lr);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException(
                    "weight decay must be a finite number >= 0, got " + weightDecay);
        }
    }

    /** The fixed hyperparameters of the reference evaluation (REFERENCE.md). */
    public static final Hyperparameters REFERENCE = new Hyperparameters(0.05, 0.01, 0.001);
}
