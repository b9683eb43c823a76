package io.bellamy.tuning;

/**
 * Observes a search, e.g. for a progress display. All methods do nothing by default.
 *
 * <p>{@link #trialStarted}, {@link #epochReported} and {@link #trialFinished} are called on the
 * thread that runs the search, in the search's deterministic order. Reports reach them when the
 * search processes a trial's run up to its next rung, so they arrive in bursts;
 * {@link #epochRunning} is the live signal. An exception thrown by one of these methods aborts
 * the search.
 */
public interface SearchListener {

    /** A listener that ignores everything. */
    SearchListener NONE = new SearchListener() {
    };

    /** A trial was created with these parameters and seed and is about to start. */
    default void trialStarted(int trial, TrialParams params, long seed) {
    }

    /** The scheduler decided on a trial's finite epoch report. */
    default void epochReported(int trial, EpochReport report, Decision decision) {
    }

    /** A trial ended. */
    default void trialFinished(TrialResult<?> result) {
    }

    /**
     * A trial has just reported an epoch, before the search has processed it. Called on the
     * thread running the trial, possibly concurrently for different trials; for live progress
     * only. An exception thrown here fails the trial.
     */
    default void epochRunning(int trial, int epoch) {
    }
}
