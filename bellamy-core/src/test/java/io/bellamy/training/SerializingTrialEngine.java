package io.bellamy.training;

import io.bellamy.tuning.SearchListener;
import io.bellamy.tuning.TrialEngine;
import io.bellamy.tuning.TrialObjective;
import io.bellamy.tuning.TrialRunner;
import io.bellamy.tuning.TrialStep;
import io.bellamy.tuning.TrialTask;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A stand-in for a distributed engine, on the calling thread: tasks are held until
 * {@code take()} and then run as one batch, last submitted first, each on a serialised copy of
 * the objective and the task, its step serialised back.
 */
final class SerializingTrialEngine implements TrialEngine {

    private final int parallelism;
    private int batches;

    SerializingTrialEngine(int parallelism) {
        this.parallelism = parallelism;
    }

    /** How many batches ran. */
    int batches() {
        return batches;
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public boolean isDistributed() {
        return true;
    }

    @Override
    public <S, P> TrialRunner<S, P> open(TrialObjective<S, P> objective,
            SearchListener listener) {
        return new TrialRunner<>() {
            private final List<TrialTask<S>> pending = new ArrayList<>();
            private final Deque<TrialStep<S, P>> done = new ArrayDeque<>();

            @Override
            public void submit(TrialTask<S> task) {
                pending.add(task);
            }

            @Override
            public TrialStep<S, P> take() {
                if (done.isEmpty()) {
                    batches++;
                    for (int i = pending.size() - 1; i >= 0; i--) {
                        TrialTask<S> task = Serialization.roundTrip(pending.get(i));
                        TrialObjective<S, P> copy = Serialization.roundTrip(objective);
                        done.add(Serialization.roundTrip(task.run(copy, SearchListener.NONE)));
                    }
                    pending.clear();
                }
                return done.remove();
            }

            @Override
            public void close() {
            }
        };
    }
}
