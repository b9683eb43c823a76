package io.bellamy.tuning;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * A hyperparameter search (SPEC §5): {@link SearchConfig#trials()} trials, at most
 * {@link SearchConfig#concurrency()} at once, parameters from a {@link Sampler}, early stopping
 * by {@link AshaScheduler}, each trial a resumable {@link TrialObjective}.
 *
 * <p>When a slot frees, the sampler is asked for the next trial with the trials finished so far;
 * trial {@code i} gets the {@code i}-th stream split from {@code new SplittableRandom(seed)}: its
 * first {@code nextLong()} is the trial's seed and the rest feeds the sampler. A trial runs from
 * one rung milestone to the next per {@link TrialObjective#run} call; ASHA decides on every
 * report in the deterministic order of the {@link SearchMode}. A trial that throws or reports a
 * non-finite metric is recorded as {@link TrialStatus#FAILED} with the reason and the search goes
 * on. The result is identical for the same seed, concurrency and mode whatever the thread timing,
 * provided the objective is deterministic (see {@link TrialObjective}).
 *
 * <p>Where the trials run is a {@link TrialEngine}: the local thread pool by default, or a
 * distributed engine. A search can be run any number of times; each run starts with empty
 * rungs.
 *
 * @param <S> the objective's state type
 * @param <P> the payload type
 */
public final class Search<S, P> {

    private final SearchSpace space;
    private final Sampler sampler;
    private final TrialObjective<S, P> objective;
    private final SearchConfig config;

    /** A search of {@code space} with the given parts; nothing runs yet. */
    public Search(SearchSpace space, Sampler sampler, TrialObjective<S, P> objective,
            SearchConfig config) {
        this.space = Objects.requireNonNull(space, "space");
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        this.objective = Objects.requireNonNull(objective, "objective");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The settings. */
    public SearchConfig config() {
        return config;
    }

    /** Runs the search on its own pool of {@code concurrency} threads, without a listener. */
    public SearchResult<P> run() throws InterruptedException {
        return run(SearchListener.NONE);
    }

    /** Runs the search on its own pool of {@code concurrency} threads. */
    public SearchResult<P> run(SearchListener listener) throws InterruptedException {
        return run(TrialEngine.threads(config.concurrency()), listener);
    }

    /**
     * Runs the search with trial runs on {@code executor}; the search never has more than
     * {@code concurrency} runs submitted at once, whatever the executor's size. The executor is
     * not shut down. If the search is aborted (an exception from the sampler or a listener, an
     * {@link Error} in a trial, an interrupt) runs already submitted are not cancelled.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public SearchResult<P> run(Executor executor, SearchListener listener)
            throws InterruptedException {
        Objects.requireNonNull(executor, "executor");
        return run(TrialEngine.on(executor, config.concurrency()), listener);
    }

    /**
     * Runs the search with trial runs on {@code engine}: the engine's runner gets at most
     * {@code concurrency} tasks at once and is closed when the search ends. The result is the
     * same as on the local thread pool for the same seed, concurrency and mode (see
     * {@link TrialEngine}).
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public SearchResult<P> run(TrialEngine engine, SearchListener listener)
            throws InterruptedException {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(listener, "listener");
        return new SearchRun<>(space, sampler, objective, config, listener, engine).run();
    }
}
