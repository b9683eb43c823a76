package io.bellamy.tuning;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link TrialTask} produced.
 *
 * @param trial the trial number
 * @param state the trial's state after the call, for its next task; {@code null} when the trial
 *     failed before its objective started it
 * @param reports the epochs reported, in order, a non-finite one last if any
 * @param requested how many epochs the task asked for
 * @param returned whether {@link TrialObjective#run} returned (rather than threw)
 * @param payload what {@code run} returned; {@code null} when it did not return
 * @param failure why the trial fails (an exception, a broken reporting contract, a non-finite
 *     metric, a task an engine could not complete), or {@code null}
 * @param <S> the objective's state type
 * @param <P> the payload type
 */
public record TrialStep<S, P>(int trial, S state, List<EpochReport> reports, int requested,
        boolean returned, P payload, String failure) implements Serializable {

    /** Keeps an unmodifiable copy of the reports; a step that did not return must say why. */
    public TrialStep {
        reports = List.copyOf(reports);
        if (!returned && failure == null) {
            throw new IllegalArgumentException("trial " + trial
                    + ": a step whose run call did not return needs a failure");
        }
    }

    /**
     * A step for a task that an engine could not complete at all (e.g. every attempt on a
     * cluster failed): nothing reported, the trial fails with {@code reason}.
     *
     * @param task the task that did not complete
     * @param reason why, for the trial's failure reason
     */
    public static <S, P> TrialStep<S, P> lost(TrialTask<S> task, String reason) {
        Objects.requireNonNull(reason, "reason");
        return new TrialStep<>(task.trial(), task.state(), List.of(),
                task.lastEpoch() - task.epochsDone(), false, null, reason);
    }
}
