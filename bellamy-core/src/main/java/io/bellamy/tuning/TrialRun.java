package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.List;

/**
 * The search's bookkeeping of one live trial, owned by the thread that runs the search. Its
 * state travels out in a {@link TrialTask} and comes back in the {@link TrialStep}.
 *
 * @param <S> the objective's state type
 * @param <P> the payload type
 */
final class TrialRun<S, P> {

    final int number;
    final TrialParams params;
    final long seed;
    final List<EpochReport> history = new ArrayList<>();
    S state;
    P payload;
    boolean running;
    long launchTime;
    long eventTime;
    TrialStep<S, P> chunk;

    TrialRun(int number, TrialParams params, long seed) {
        this.number = number;
        this.params = params;
        this.seed = seed;
    }

    /** Epochs reported so far with a finite metric and processed by the search. */
    int epochsDone() {
        return history.size();
    }

    /** The task that runs this trial from its next epoch up to {@code lastEpoch}. */
    TrialTask<S> task(int lastEpoch) {
        return new TrialTask<>(number, params, seed, state, epochsDone(), lastEpoch);
    }
}
