package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.List;

/**
 * The search's mutable bookkeeping of one live trial. Owned by the search thread, except that
 * {@link #runChunk} runs on a worker while {@link #running}; the executor's future hands the
 * fields back and forth (happens-before on completion).
 *
 * @param <S> the objective's state type
 * @param <P> the payload type
 */
final class TrialRun<S, P> {

    /** What one {@code run} call produced. */
    record Chunk<P>(List<EpochReport> reports, int requested, boolean returned, P payload,
            String failure) {
    }

    final int number;
    final TrialParams params;
    final long seed;
    final List<EpochReport> history = new ArrayList<>();
    private boolean started;
    private S state;
    P payload;
    boolean running;
    long launchTime;
    long eventTime;
    Chunk<P> chunk;

    TrialRun(int number, TrialParams params, long seed) {
        this.number = number;
        this.params = params;
        this.seed = seed;
    }

    /** Epochs reported so far with a finite metric and processed by the search. */
    int epochsDone() {
        return history.size();
    }

    /**
     * Starts the trial if needed and runs it up to {@code lastEpoch}; never throws an
     * {@link Exception} (failures become the chunk's failure). Runs on a worker thread.
     */
    TrialRun<S, P> runChunk(TrialObjective<S, P> objective, int lastEpoch,
            SearchListener listener) {
        int first = epochsDone() + 1;
        ChunkReporter reporter = new ChunkReporter(number, first, lastEpoch, listener);
        int requested = lastEpoch - first + 1;
        try {
            if (!started) {
                started = true;
                state = objective.start(params, seed);
            }
            P result = objective.run(state, lastEpoch, reporter);
            chunk = new Chunk<>(reporter.reports(), requested, true, result, reporter.failure());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String failure = reporter.failure() != null ? reporter.failure() : describe(e);
            chunk = new Chunk<>(reporter.reports(), requested, false, null, failure);
        }
        return this;
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
