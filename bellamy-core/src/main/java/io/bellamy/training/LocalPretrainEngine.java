package io.bellamy.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Pre-trains in this JVM: one pre-training at a time, each search's trials on a pool of this
 * machine's cores in asynchronous mode (a {@link Pretrainer} with its defaults).
 */
public final class LocalPretrainEngine implements PretrainEngine {

    /** The name of this engine. */
    public static final String NAME = "local";

    private final String codeVersion;

    /** @param codeVersion the version recorded in the models' provenance */
    public LocalPretrainEngine(String codeVersion) {
        this.codeVersion = Objects.requireNonNull(codeVersion, "codeVersion");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PretrainResult pretrain(PretrainJob job, PretrainListener listener)
            throws InterruptedException {
        return new Pretrainer(codeVersion).pretrain(job.target(), job.algorithm(), job.records(),
                job.options(), listener);
    }

    /** Runs the jobs one after another. */
    @Override
    public List<PretrainResult> pretrainAll(List<PretrainJob> jobs,
            BiConsumer<PretrainJob, PretrainResult> finished) throws InterruptedException {
        List<PretrainResult> results = new ArrayList<>();
        for (PretrainJob job : jobs) {
            PretrainResult result = pretrain(job, PretrainListener.NONE);
            finished.accept(job, result);
            results.add(result);
        }
        return results;
    }

    @Override
    public void close() {
    }
}
