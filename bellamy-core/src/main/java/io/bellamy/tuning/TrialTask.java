package io.bellamy.tuning;

import java.io.Serializable;
import java.util.Objects;

/**
 * One {@link TrialObjective#run} call of one trial, as a {@link TrialRunner} executes it: start
 * the trial if no epoch has run yet, then run it from epoch {@code epochsDone + 1} up to
 * {@code lastEpoch}. A task holds everything the call needs besides the objective, so an engine
 * can execute it in another process when the state, the parameters and the objective are
 * serialisable.
 *
 * @param trial the trial number, {@code >= 0}
 * @param params the trial's hyperparameters
 * @param seed the trial's seed
 * @param state the trial's state as its previous run call left it; ignored (and usually
 *     {@code null}) when {@code epochsDone} is 0, since the trial then starts afresh
 * @param epochsDone the epochs the trial has reported so far, {@code >= 0}
 * @param lastEpoch the last epoch of this call, {@code > epochsDone}
 * @param <S> the objective's state type
 */
public record TrialTask<S>(int trial, TrialParams params, long seed, S state, int epochsDone,
        int lastEpoch) implements Serializable {

    /** Validates. */
    public TrialTask {
        if (trial < 0) {
            throw new IllegalArgumentException("trial number must be >= 0, got " + trial);
        }
        Objects.requireNonNull(params, "params");
        if (epochsDone < 0) {
            throw new IllegalArgumentException("epochsDone must be >= 0, got " + epochsDone);
        }
        if (lastEpoch <= epochsDone) {
            throw new IllegalArgumentException("lastEpoch must be > epochsDone " + epochsDone
                    + ", got " + lastEpoch + " for trial " + trial);
        }
    }

    /**
     * Runs the task: {@link TrialObjective#start} when no epoch has run yet, then
     * {@link TrialObjective#run}. Never throws an {@link Exception}: a failure of the objective
     * or of the reporting contract becomes the step's {@link TrialStep#failure()}. An
     * {@link Error} propagates.
     *
     * @param objective the trial's training
     * @param listener told of every epoch as it is reported ({@link SearchListener#epochRunning})
     * @return what the call produced, with the state to hand to the trial's next task
     */
    public <P> TrialStep<S, P> run(TrialObjective<S, P> objective, SearchListener listener) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(listener, "listener");
        ChunkReporter reporter = new ChunkReporter(trial, epochsDone + 1, lastEpoch, listener);
        int requested = lastEpoch - epochsDone;
        S current = epochsDone == 0 ? null : state;
        try {
            if (epochsDone == 0) {
                current = objective.start(params, seed);
            }
            P payload = objective.run(current, lastEpoch, reporter);
            return new TrialStep<>(trial, current, reporter.reports(), requested, true, payload,
                    reporter.failure());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String failure = reporter.failure() != null ? reporter.failure() : describe(e);
            return new TrialStep<>(trial, current, reporter.reports(), requested, false, null,
                    failure);
        }
    }

    /** Class, message and the throwing frame: deterministic, and enough to find the bug. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getName());
        if (e.getMessage() != null) {
            text.append(": ").append(e.getMessage());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            text.append(" (at ").append(trace[0]).append(')');
        }
        if (e.getCause() != null && e.getCause() != e) {
            text.append("; caused by ").append(describe(e.getCause()));
        }
        return text.toString();
    }
}
