package io.bellamy.tuning;

/**
 * Decides, after each reported epoch, whether a trial goes on: the early-stopping rule of a
 * search (like a pruner in Optuna's {@code optuna/pruners/_base.py}, one method). Minimises the
 * metric. Implementations are not thread-safe; the search calls them from one thread in a
 * deterministic order.
 */
public interface TrialScheduler {

    /**
     * Records a finite metric reported by a trial after an epoch and answers whether it may
     * continue.
     *
     * @param trial the trial number
     * @param epoch the epoch just finished, from 1, increasing by 1 per call for a trial
     * @param metric the trial's finite metric at that epoch, lower is better
     * @return {@link Decision#STOP} to end the trial after this epoch
     */
    Decision onReport(int trial, int epoch, double metric);

    /**
     * Told once when a trial ends without having been stopped by this scheduler and without
     * failing (it reached its epoch budget or ended on its own), with its last report; as Ray
     * Tune's trial runner calls {@code on_trial_complete} only for trials that finish by
     * themselves. Does nothing by default.
     */
    default void onComplete(int trial, int epoch, double metric) {
    }
}
