package io.bellamy.spark;

import io.bellamy.tuning.TrialTask;
import java.io.Serializable;

/**
 * Faults injected into trial tasks on the executors, before the trial runs: how tests make
 * Spark retry a task or give up on it. Production code uses {@link #NONE}.
 */
@FunctionalInterface
interface TaskFaults extends Serializable {

    /** Injects nothing. */
    TaskFaults NONE = (task, attempt) -> { };

    /**
     * Called in the task before the trial runs; throws to fail this attempt.
     *
     * @param task the trial task
     * @param attempt Spark's attempt number of the task, from 0
     */
    void beforeTask(TrialTask<?> task, int attempt);
}
