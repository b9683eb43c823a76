package io.bellamy.tuning;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the trials of a {@link Search} run: opens one {@link TrialRunner} per search. The
 * search's result is the same on every engine for the same seed, concurrency and
 * {@link SearchMode}, provided the objective is deterministic and, on a distributed engine,
 * its states survive serialisation unchanged.
 */
public interface TrialEngine {

    /**
     * How many trial runs this engine can execute at once (threads, cluster cores); a search
     * caps its concurrency by it when the caller asks for that.
     */
    int parallelism();

    /**
     * Whether tasks leave this JVM. Objectives, states, parameters and payloads must then be
     * {@link java.io.Serializable}, and {@link SearchListener#epochRunning} is not called.
     */
    default boolean isDistributed() {
        return false;
    }

    /**
     * Opens a runner for one search.
     *
     * @param objective the trials' training
     * @param listener receives {@link SearchListener#epochRunning} from the trials, where the
     *     engine can deliver it
     */
    <S, P> TrialRunner<S, P> open(TrialObjective<S, P> objective, SearchListener listener);

    /**
     * An engine that runs each search's trials on a pool of its own with {@code threads}
     * threads, shut down when the search ends.
     *
     * @param threads the pool size, {@code >= 1}
     */
    static TrialEngine threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new TrialEngine() {
            @Override
            public int parallelism() {
                return threads;
            }

            @Override
            public <S, P> TrialRunner<S, P> open(TrialObjective<S, P> objective,
                    SearchListener listener) {
                ExecutorService pool = Executors.newFixedThreadPool(threads, trialThreads());
                return new ExecutorTrialRunner<>(pool, objective, listener, pool::shutdownNow);
            }
        };
    }

    /**
     * An engine that runs trials on {@code executor}, which it never shuts down.
     *
     * @param executor where run calls execute
     * @param parallelism what {@link #parallelism()} reports, {@code >= 1}
     */
    static TrialEngine on(Executor executor, int parallelism) {
        Objects.requireNonNull(executor, "executor");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
        }
        return new TrialEngine() {
            @Override
            public int parallelism() {
                return parallelism;
            }

            @Override
            public <S, P> TrialRunner<S, P> open(TrialObjective<S, P> objective,
                    SearchListener listener) {
                return new ExecutorTrialRunner<>(executor, objective, listener, () -> { });
            }
        };
    }

    private static ThreadFactory trialThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "bellamy-trial-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
