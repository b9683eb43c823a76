package io.bellamy.training;

import io.bellamy.model.Hyperparameters;
import java.io.Serializable;
import java.util.Objects;

/**
 * The best epoch of a pre-training run so far, with its weights: what a search keeps of each
 * trial. Serialisable, so that a trial run elsewhere can send it back.
 *
 * @param hyperparameters the run's hyperparameters
 * @param metrics the epoch with the lowest validation loss (the earliest on ties), or
 *     {@code null} before any finite validation loss
 * @param weights the network's weights after that epoch (used as given), {@code null} exactly
 *     when {@code metrics} is
 */
public record BestEpoch(Hyperparameters hyperparameters, EpochMetrics metrics, double[] weights)
        implements Serializable {

    /** Validates the parts against each other. */
    public BestEpoch {
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        if ((metrics == null) != (weights == null)) {
            throw new IllegalArgumentException("a best epoch's metrics and weights must both be "
                    + "present or both absent");
        }
    }

    /** Whether the run has had a finite validation loss. */
    public boolean isPresent() {
        return metrics != null;
    }
}
