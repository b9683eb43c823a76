package io.bellamy.cli;

import io.bellamy.adaptation.ModelCalibrator;
import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunRecord;
import io.bellamy.data.TrainingTarget;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.ModelRegistry;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import io.bellamy.training.PretrainEngine;
import io.bellamy.training.PretrainJob;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.PretrainResult;
import io.bellamy.training.TrialSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellamy pretrain}: pre-trains one model per algorithm (SPEC §5) from the store's runs of
 * the training target and writes it to the model registry. On the local engine the algorithms
 * go one after another; on a cluster engine ({@code --engine spark}) one algorithm's trials run
 * as cluster tasks, and {@code --all} runs every algorithm's whole pre-training as one task.
 */
@Command(name = "pretrain", mixinStandardHelpOptions = true,
        description = "Pre-train the model of an algorithm (hyperparameter search with TPE and "
                + "ASHA by default) and write it to the model registry.")
final class PretrainCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @Mixin
    ConfigOption configOption;

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    EngineOptions engineOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = {"-a", "--algorithm"}, paramLabel = "ALG",
                description = "The algorithm, e.g. grep, sort, sgd, kmeans, pagerank.")
        String algorithm;

        @Option(names = "--all", description = "Every algorithm with data in the training target.")
        boolean all;
    }

    @Option(names = "--trials", paramLabel = "N", description = "Trials of the search "
            + "(default: search.trials of the configuration, 12).")
    Integer trials;

    @Option(names = "--max-epochs", paramLabel = "N", description = "Most epochs per trial "
            + "(default: model.epochs of the configuration, 2500).")
    Integer maxEpochs;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random draw "
            + "(default: seed of the configuration, 42).")
    Long seed;

    @Option(names = "--no-search", description = "Train once with the configuration's "
            + "model.dropout, model.lr and model.weight_decay instead of searching.")
    boolean noSearch;

    PretrainCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        engineOptions.check();
        BellamyConfig config = configOption.load(env);
        if (maxEpochs != null) {
            if (maxEpochs < 1) {
                throw new UsageException("--max-epochs must be >= 1, got " + maxEpochs);
            }
            config = config.withModel(config.model().withEpochs(maxEpochs));
        }
        if (trials != null) {
            if (trials < 1) {
                throw new UsageException("--trials must be >= 1, got " + trials);
            }
            config = config.withSearch(config.search().withTrials(trials));
        }
        long effectiveSeed = seed != null ? seed : config.seed();
        TrainingTarget target = targetOptions.target();
        Workspace workspace = new Workspace(env, state);
        ModelRegistry registry = new ModelRegistry(workspace.models());
        List<String> algorithms;
        List<List<RunRecord>> data = new ArrayList<>();
        try (RunStore store = workspace.openStoreWithDatasets()) {
            Set<String> sources = TargetOptions.sources(target);
            List<String> known = store.algorithms(sources);
            if (which.all) {
                algorithms = known;
                if (algorithms.isEmpty()) {
                    throw new IllegalArgumentException("no runs for training target "
                            + target.id() + " in the store " + workspace.storeName());
                }
            } else {
                if (!known.contains(which.algorithm)) {
                    throw new IllegalArgumentException("no runs of algorithm '" + which.algorithm
                            + "' for training target " + target.id() + "; it has: "
                            + String.join(", ", known));
                }
                algorithms = List.of(which.algorithm);
            }
            for (String algorithm : algorithms) {
                data.add(store.runs(RunQuery.of(algorithm).withSources(sources)));
            }
        }
        PretrainOptions options = noSearch
                ? PretrainOptions.fixed(config, new Hyperparameters(config.model().dropout(),
                        config.model().lr(), config.model().weightDecay()), effectiveSeed)
                : PretrainOptions.search(config, effectiveSeed);
        List<PretrainJob> jobs = new ArrayList<>();
        for (int i = 0; i < algorithms.size(); i++) {
            jobs.add(new PretrainJob(target.id(), algorithms.get(i), data.get(i), options));
        }
        long started = System.nanoTime();
        try (PretrainEngine engine = engineOptions.open(BuildInfo.version())) {
            if (which.all && !engineOptions.isLocal()) {
                for (PretrainJob job : jobs) {
                    announce(job, " (one " + engine.name() + " task)");
                }
                engine.pretrainAll(jobs, (job, result) -> report(job, result, registry));
            } else {
                for (PretrainJob job : jobs) {
                    pretrainOne(engine, job, registry);
                }
            }
        }
        if (algorithms.size() > 1) {
            env.out().printf(Locale.ROOT, "pre-trained %d models in %.1f s%n", algorithms.size(),
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    private void pretrainOne(PretrainEngine engine, PretrainJob job, ModelRegistry registry)
            throws Exception {
        announce(job, engineOptions.isLocal() ? "" : " (trials as " + engine.name() + " tasks)");
        BellamyConfig config = job.options().config();
        PretrainResult result;
        try (PretrainProgress progress = new PretrainProgress(env, job.algorithm(),
                trialCount(job), config.model().epochs())) {
            result = engine.pretrain(job, progress);
        }
        report(job, result, registry);
    }

    private int trialCount(PretrainJob job) {
        return job.options().search() ? job.options().config().search().trials() : 1;
    }

    private void announce(PretrainJob job, String where) {
        BellamyConfig config = job.options().config();
        env.err().printf(Locale.ROOT, "pre-training %s on %s: %d runs, %s%s%n", job.algorithm(),
                job.target(), job.records().size(), job.options().search()
                        ? trialCount(job) + " trials (TPE + ASHA), up to "
                                + config.model().epochs() + " epochs each"
                        : "one run without search", where);
    }

    /**
     * Calibrates the default predictor on contexts held out of the job's runs (two more runs
     * without search, on this machine whatever the engine).
     */
    private BellamyModel calibrate(PretrainJob job, BellamyModel pretrained) {
        env.err().printf(Locale.ROOT, "calibrating the default predictor on held-out contexts "
                + "(%d more runs without search)%n", ModelCalibrator.DEFAULT_HELD_OUT_FOLDS);
        long start = System.nanoTime();
        BellamyModel model;
        try {
            model = ModelCalibrator.calibrate(pretrained, job.records(), job.options().config(),
                    BuildInfo.version(), job.options().seed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("calibrating " + job.algorithm() + " was interrupted",
                    e);
        }
        var a = model.adaptation();
        env.out().printf(Locale.ROOT, "%s/%s: default predictor calibrated on %d held-out cases "
                        + "in %.1f s: network weight %s, 90%% interval x/%.2f at k=1%n",
                job.target(), job.algorithm(), a.cases(), (System.nanoTime() - start) / 1e9,
                num(a.networkWeight()), Math.exp(a.logHalfWidth(1, 0.9)));
        return model;
    }

    private void report(PretrainJob job, PretrainResult result, ModelRegistry registry) {
        printTrials(result.trials());
        BellamyModel model = calibrate(job, result.model());
        Path file;
        try {
            file = registry.save(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model of " + job.algorithm() + ": "
                    + e.getMessage(), e);
        }
        var t = model.training();
        env.out().printf(Locale.ROOT, "%s/%s: best trial dropout=%s lr=%s weight_decay=%s, epoch %d, "
                        + "validation loss %.4f, validation MAE %.2f s, in %.1f s%n",
                job.target(), job.algorithm(), num(model.hyperparameters().dropout()),
                num(model.hyperparameters().lr()), num(model.hyperparameters().weightDecay()),
                t.bestEpoch(), t.validationLoss(), t.validationMae(), t.seconds());
        env.out().printf("model written to %s%n", file);
        env.out().flush();
    }

    private void printTrials(List<TrialSummary> trials) {
        env.out().printf("%5s %8s %7s %13s %7s %6s %12s %10s  %s%n", "trial", "dropout", "lr",
                "weight_decay", "epochs", "best", "val_loss", "val_mae_s", "status");
        for (TrialSummary s : trials) {
            env.out().printf(Locale.ROOT, "%5d %8s %7s %13s %7d %6d %12.4f %10.2f  %s%s%n",
                    s.trial(), num(s.hyperparameters().dropout()), num(s.hyperparameters().lr()),
                    num(s.hyperparameters().weightDecay()), s.epochs(), s.bestEpoch(),
                    s.bestValidationLoss(), s.bestMae(), s.status(),
                    s.failure() == null || s.failure().isBlank() ? "" : " (" + s.failure() + ")");
        }
    }

    static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
