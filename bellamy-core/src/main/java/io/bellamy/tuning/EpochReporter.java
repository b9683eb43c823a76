package io.bellamy.tuning;

/**
 * Where a running trial reports each finished epoch. Implemented by the search; called from
 * the thread that runs the trial.
 */
public interface EpochReporter {

    /**
     * Reports the epoch just finished.
     *
     * @param report the next epoch in order (one more than the previous report of this trial),
     *     not beyond the {@code lastEpoch} of the current {@link TrialObjective#run} call
     * @return {@link Decision#STOP} when the trial must not run another epoch (its metric is not
     *     finite); {@link Decision#CONTINUE} when it may go on up to the call's
     *     {@code lastEpoch}. The scheduler's decision at a rung is taken after the call returns:
     *     the search then either calls {@code run} again or ends the trial.
     * @throws IllegalStateException if the report is out of order, beyond {@code lastEpoch}, or
     *     follows a {@code STOP}; the trial then fails
     */
    Decision report(EpochReport report);
}
