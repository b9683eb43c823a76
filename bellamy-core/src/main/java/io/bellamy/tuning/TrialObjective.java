package io.bellamy.tuning;

/**
 * The training that one trial runs, resumable between epochs so that the search can pause a
 * trial at a rung, decide, and resume it (and a distributed engine can do the same elsewhere).
 *
 * <p>Call order, per trial: {@link #start} once, then {@link #run} one or more times with
 * increasing {@code lastEpoch}, the same state object each time. The search calls {@code run}
 * again only if the previous call reported up to its {@code lastEpoch} and the scheduler let the
 * trial continue. Calls for one trial never overlap; calls for different trials run on different
 * threads at once, so implementations must not share mutable state between trials.
 *
 * <p>For a search to be reproducible the metric of every epoch must be a function of the
 * parameters, the seed and the epoch alone — not of how the epochs are split across
 * {@code run} calls nor of timing. Each trial's seed is derived from the search seed.
 *
 * @param <S> a trial's mutable state: model, optimiser, random streams, best weights so far. It
 *     is kept by the search between calls; an engine that moves trials between machines needs it
 *     serialisable
 * @param <P> the payload kept with the trial's result, e.g. the weights of its best epoch
 */
public interface TrialObjective<S, P> {

    /**
     * Prepares a trial; no epoch runs yet.
     *
     * @param params the trial's hyperparameters
     * @param seed the trial's seed, for all of its randomness
     * @return the trial's initial state
     * @throws Exception on any failure; the trial is then recorded as failed
     */
    S start(TrialParams params, long seed) throws Exception;

    /**
     * Runs the epochs after the last one reported, up to and including {@code lastEpoch},
     * reporting each one (epochs count from 1) and returning early when the reporter answers
     * {@link Decision#STOP}. Returning after fewer epochs than asked for, without a STOP, ends
     * the trial as completed (e.g. the objective's own stopping rule).
     *
     * @param state the trial's state; modified so that a later call resumes where this one ended
     * @param lastEpoch the last epoch to run in this call
     * @param reporter receives every epoch's report
     * @return the trial's payload so far, for a best-epoch payload the one of the best epoch
     *     reported so far (lowest metric; the earliest on ties)
     * @throws Exception on any failure; the trial is then recorded as failed
     */
    P run(S state, int lastEpoch, EpochReporter reporter) throws Exception;
}
