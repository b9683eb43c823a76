package io.bellamy.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bellamy.config.ConfigLoader;
import io.bellamy.data.RunRecord;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.ModelFile;
import io.bellamy.training.PretrainJob;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.PretrainResult;
import io.bellamy.training.Pretrainer;
import io.bellamy.training.TrialSummary;
import io.bellamy.tuning.SearchMode;
import io.bellamy.tuning.TrialEngine;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A whole pre-training as one Spark task: the job travels as text (records as JSON, the
 * configuration as YAML) and runs on the executor exactly as the local engine runs it, its
 * search on a pool of the driver's number of cores in asynchronous mode, so that the model is
 * the one {@code --engine local} writes on the driver's machine. The model comes back as its
 * model file's JSON.
 *
 * @param target the training target's id
 * @param algorithm the algorithm
 * @param records the runs, as a JSON array of run records
 * @param config the configuration, as YAML
 * @param search whether to search (else one run with {@code fixed})
 * @param fixed the hyperparameters of a run without search
 * @param seed the seed
 * @param codeVersion the version recorded in the model's provenance
 * @param threads the search's pool size (the local engine's on the driver)
 */
record PretrainTask(String target, String algorithm, String records, String config,
        boolean search, Hyperparameters fixed, long seed, String codeVersion, int threads)
        implements Serializable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RunRecord>> RECORDS = new TypeReference<>() { };

    /**
     * What the task sends back.
     *
     * @param model the model file's JSON
     * @param trials the summary of every trial
     */
    record Outcome(String model, List<TrialSummary> trials) implements Serializable {

        /** The result the local engine would have returned. */
        PretrainResult result() {
            return new PretrainResult(ModelFile.fromJson(model), trials);
        }
    }

    /** The task of a job. */
    static PretrainTask of(PretrainJob job, String codeVersion, int threads) {
        PretrainOptions options = job.options();
        try {
            return new PretrainTask(job.target(), job.algorithm(),
                    JSON.writeValueAsString(job.records()),
                    new ConfigLoader().toYaml(options.config()), options.search(),
                    options.fixed(), options.seed(), codeVersion, threads);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the runs of " + job.algorithm()
                    + " as JSON", e);
        }
    }

    /** The job this task describes. */
    PretrainJob job() {
        List<RunRecord> runs;
        try {
            runs = JSON.readValue(records, RECORDS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read the shipped runs of " + algorithm, e);
        }
        var loaded = new ConfigLoader().parse(config, "the shipped configuration");
        PretrainOptions options = new PretrainOptions(loaded, search, fixed, seed);
        return new PretrainJob(target, algorithm, runs, options);
    }

    /** Runs the pre-training here (on an executor). */
    Outcome run() throws InterruptedException {
        PretrainJob job = job();
        PretrainResult result = new Pretrainer(codeVersion, TrialEngine.threads(threads),
                SearchMode.ASYNC).pretrain(target, algorithm, job.records(), job.options(),
                        PretrainListener.NONE);
        return new Outcome(ModelFile.toJson(result.model()), result.trials());
    }
}
