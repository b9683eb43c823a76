package io.bellamy.training;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where pre-trainings run: this JVM ({@link LocalPretrainEngine}) or a cluster (the
 * {@code bellamy-spark} module's engine, found through {@link PretrainEngineProvider}). An
 * engine may hold resources such as a cluster connection until it is closed.
 */
public interface PretrainEngine extends AutoCloseable {

    /** The engine's name, as {@code --engine} gives it. */
    String name();

    /**
     * Pre-trains one model; the search's trials spread over the engine.
     *
     * @param listener progress, called from the thread that calls this method or the engine's
     *     local worker threads
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    PretrainResult pretrain(PretrainJob job, PretrainListener listener)
            throws InterruptedException;

    /**
     * Pre-trains several models, each job as one unit of work (on a cluster: one task with its
     * own search), as many at once as the engine can.
     *
     * @param jobs the pre-trainings
     * @param finished told of each job as it finishes, on the calling thread, in the order the
     *     jobs finish; an exception it throws aborts the remaining jobs
     * @return the results in the order of {@code jobs}
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    List<PretrainResult> pretrainAll(List<PretrainJob> jobs,
            BiConsumer<PretrainJob, PretrainResult> finished) throws InterruptedException;

    /** Releases the engine's resources. */
    @Override
    void close();
}
