package io.bellamy.training;

import io.bellamy.model.Hyperparameters;

/** Progress of a pre-training, for a display; every method may be called from worker threads. */
public interface PretrainListener {

    /** A listener that ignores everything. */
    PretrainListener NONE = new PretrainListener() {
    };

    /** A trial started with these hyperparameters. */
    default void trialStarted(int trial, Hyperparameters hyperparameters) {
    }

    /** A trial finished an epoch. */
    default void epoch(int trial, EpochMetrics metrics) {
    }

    /** A trial ended ({@code status}: completed, stopped, failed). */
    default void trialFinished(TrialSummary summary) {
    }
}
