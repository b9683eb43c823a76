package io.bellamy.training;

import io.bellamy.model.Hyperparameters;
import java.io.Serializable;

/**
 * One trial of a pre-training search as the final table shows it.
 *
 * @param trial trial number (0-based)
 * @param hyperparameters its hyperparameters
 * @param status completed, stopped (by ASHA) or failed
 * @param epochs epochs it ran
 * @param bestEpoch its best epoch (0 when none)
 * @param bestValidationLoss its lowest validation loss (NaN when none)
 * @param bestMae the validation MAE at that epoch (NaN when none)
 * @param failure why it failed, or {@code null}
 */
public record TrialSummary(int trial, Hyperparameters hyperparameters, String status, int epochs,
        int bestEpoch, double bestValidationLoss, double bestMae, String failure)
        implements Serializable { }
