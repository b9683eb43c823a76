package io.bellamy.tuning;

/**
 * How a {@link Search} orders trials in time. Both modes are deterministic for a given seed and
 * concurrency; both run a trial from one rung milestone to the next in one
 * {@link TrialObjective#run} call and hand all reports to ASHA in a fixed order. They differ in
 * when a rung decision is taken and when a freed slot is refilled.
 *
 * <p>Ray Tune's ASHA is truly asynchronous: decisions follow the wall-clock order in which
 * results arrive, and a new trial is sampled as soon as a slot frees; the outcome depends on
 * thread timing. Neither mode reproduces that timing.
 */
public enum SearchMode {

    /**
     * Asynchronous ASHA in virtual time: the search behaves as if every epoch of every trial took
     * the same time. A trial started at virtual time {@code s} reports epoch {@code e} at
     * {@code s + e}; events are processed in (virtual time, trial number) order, and a freed
     * slot is refilled at the virtual time of the event that freed it, with the trials finished
     * by then. Rung decisions therefore compare a trial with the values recorded earlier in
     * virtual time, as Ray does with wall-clock time. Departures from Ray: real speed
     * differences between trials are ignored; simultaneous arrivals go in trial-number order;
     * all events at one virtual time are processed before slots are refilled. A trial that
     * fails or ends on its own during epoch {@code k} of a run frees its slot at the virtual time
     * of that epoch.
     */
    ASYNC {
        @Override
        long eventTime(long launchTime, int epochsConsumed) {
            return launchTime + Math.max(1, epochsConsumed);
        }
    },

    /**
     * Rung-synchronous rounds: in each round every live trial runs to its next rung milestone
     * (or its end); when all have returned, the reports are handed to ASHA trial by trial in
     * trial-number order, finished trials leave, and freed slots are filled with new trials for
     * the next round. Each round is a set of independent {@code (state, lastEpoch)} runs, which a
     * distributed engine can execute elsewhere and reproduce bit for bit. Departures from Ray: a
     * slot stays idle while its trial waits for the round's slowest; the first trial at a rung is
     * the lowest-numbered one reaching it in the earliest round; new trials are sampled only at
     * round ends. Decisions still compare against values recorded so far (ASHA's asynchronous
     * rule), not against the whole rung as synchronous successive halving would.
     */
    RUNG_SYNCHRONOUS {
        @Override
        long eventTime(long launchTime, int epochsConsumed) {
            return launchTime + 1;
        }
    };

    /**
     * The virtual time of the event that ends a run launched at {@code launchTime} after
     * {@code epochsConsumed} epochs (including an epoch that failed). Always after
     * {@code launchTime}.
     */
    abstract long eventTime(long launchTime, int epochsConsumed);
}
