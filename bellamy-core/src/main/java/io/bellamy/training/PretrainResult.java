package io.bellamy.training;

import io.bellamy.model.BellamyModel;
import java.util.List;

/**
 * A finished pre-training: the model of the best trial and a summary of every trial.
 *
 * @param model the pre-trained model
 * @param trials every trial, in trial order
 */
public record PretrainResult(BellamyModel model, List<TrialSummary> trials) {

    /** Copies the list. */
    public PretrainResult {
        trials = List.copyOf(trials);
    }
}
