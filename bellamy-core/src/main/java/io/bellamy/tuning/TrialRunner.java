package io.bellamy.tuning;

/**
 * Executes the {@link TrialTask}s of one search: the seam between the search's deterministic
 * event loop and wherever trials run (a thread pool here, a cluster elsewhere). Opened by a
 * {@link TrialEngine} for one search and closed when the search ends.
 *
 * <p>Call order, from the one thread that runs the search: any number of {@link #submit} and
 * {@link #take} calls, then {@link #close}. The search calls {@code take} only while a submitted
 * task has not been returned yet, and submits a trial's next task only after its previous step
 * was taken. A runner may hold submitted tasks back until {@code take} is called, e.g. to run all
 * of them as one batch; steps may come back in any order, the search's result does not depend on
 * it.
 *
 * @param <S> the objective's state type
 * @param <P> the payload type
 */
public interface TrialRunner<S, P> extends AutoCloseable {

    /**
     * Queues a task; does not wait for it.
     *
     * @param task the next run call of one trial
     */
    void submit(TrialTask<S> task);

    /**
     * Waits for a submitted task to finish and returns its step. A task the runner could not
     * complete comes back as a {@link TrialStep#lost} step rather than an exception.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws IllegalStateException if no submitted task is outstanding
     * @throws Error an {@link Error} thrown by a task run in this process
     */
    TrialStep<S, P> take() throws InterruptedException;

    /** Releases the runner's resources; tasks still running are not waited for. */
    @Override
    void close();
}
