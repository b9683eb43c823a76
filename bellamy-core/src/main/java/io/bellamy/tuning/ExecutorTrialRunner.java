package io.bellamy.tuning;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;

/**
 * The local {@link TrialRunner}: each task runs on an {@link Executor} as soon as it is
 * submitted, with the live state object (nothing is copied or serialised).
 */
final class ExecutorTrialRunner<S, P> implements TrialRunner<S, P> {

    private final CompletionService<TrialStep<S, P>> completions;
    private final TrialObjective<S, P> objective;
    private final SearchListener listener;
    private final Runnable onClose;
    private int outstanding;

    ExecutorTrialRunner(Executor executor, TrialObjective<S, P> objective,
            SearchListener listener, Runnable onClose) {
        this.completions = new ExecutorCompletionService<>(executor);
        this.objective = objective;
        this.listener = listener;
        this.onClose = onClose;
    }

    @Override
    public void submit(TrialTask<S> task) {
        completions.submit(() -> task.run(objective, listener));
        outstanding++;
    }

    @Override
    public TrialStep<S, P> take() throws InterruptedException {
        if (outstanding == 0) {
            throw new IllegalStateException("take() without an outstanding task");
        }
        try {
            TrialStep<S, P> step = completions.take().get();
            outstanding--;
            return step;
        } catch (ExecutionException e) {
            // TrialTask.run catches every Exception, so only an Error gets here
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a trial run failed outside the objective", e);
        }
    }

    @Override
    public void close() {
        onClose.run();
    }
}
