package io.bellamy.cli;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.ContextKey;
import io.bellamy.data.PredictionRequest;
import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkInput;
import io.bellamy.model.TrainingStepBenchmark;
import io.bellamy.prediction.FineTuneCache;
import io.bellamy.prediction.PredictionService;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import io.bellamy.training.FineTuneSettings;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.Pretrainer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellamy bench}: measures the speed figures the project promises, in one process, and
 * prints medians (the machine may be shared and noisy).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training-step speed and allocation (on C3O grep batches and on random "
                + "inputs), a pre-training epoch on C3O grep, "
                + "cold and cached predictions through the library API, and optionally the full "
                + "default search (--search, --search-all). Prints medians.")
final class BenchCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @Mixin
    ConfigOption configOption;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20000",
            description = "Measured training steps (after as many warm-up steps; default: "
                    + "${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--search", description = "Also time the default search for c3o grep.")
    boolean search;

    @Option(names = "--search-all", description = "Also time the default search for every C3O "
            + "algorithm, one after the other.")
    boolean searchAll;

    BenchCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (steps < 1) {
            throw new UsageException("--steps must be >= 1, got " + steps);
        }
        BellamyConfig config = configOption.load(env);
        env.out().printf("bellamy bench on %d cores, %s %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        List<RunRecord> grep;
        try (RunStore store = new Workspace(env, state).openStoreWithDatasets()) {
            grep = store.runs(RunQuery.of("grep").withSources(Set.of("c3o")));
        }
        step("pre-training step on C3O grep batches (composite loss, dropout 0.1)",
                TrainingStepBenchmark.Settings.pretraining().withSteps(steps, steps),
                TrainingStepBenchmark.encode(grep));
        step("pre-training step on random inputs (composite loss, dropout 0.1)",
                TrainingStepBenchmark.Settings.pretraining().withSteps(steps, steps), null);
        step("fine-tuning step (runtime loss, combination net only)",
                TrainingStepBenchmark.Settings.fineTuning().withSteps(steps, steps), null);
        BellamyConfig epochs = config.withModel(config.model().withEpochs(300));
        long t0 = System.nanoTime();
        BellamyModel model = new Pretrainer(BuildInfo.version()).pretrain("c3o", "grep", grep,
                PretrainOptions.fixed(epochs, Hyperparameters.REFERENCE, 42),
                PretrainListener.NONE).model();
        double perEpochMs = (System.nanoTime() - t0) / 1e6 / 300;
        env.out().printf(Locale.ROOT, "pre-training epoch, C3O grep (%d runs, batch 64, with "
                + "validation): %.2f ms mean over 300 epochs%n", grep.size(), perEpochMs);

        predictions(config, model, grep);
        adaptedPredictions(config, model, grep);
        if (search) {
            searchTime(config, List.of("grep"));
        }
        if (searchAll) {
            searchTime(config, List.of("grep", "kmeans", "pagerank", "sgd", "sort"));
        }
        return 0;
    }

    private void step(String name, TrainingStepBenchmark.Settings settings, NetworkInput data) {
        TrainingStepBenchmark.Result r = TrainingStepBenchmark.run(settings, data);
        env.out().printf(Locale.ROOT, "%s: median %.1f us/step (p10 %.1f, p90 %.1f), "
                        + "%.2f bytes allocated/step, %d steps of batch %d%n", name,
                r.medianMicros(), r.p10Micros(), r.p90Micros(), r.allocatedBytesPerStep(),
                r.measuredSteps(), r.batchSize());
        env.out().flush();
    }

    /** The classic method: per context, fine-tuning on the context's runs at 2, 6 and 12. */
    private void predictions(BellamyConfig config, BellamyModel model, List<RunRecord> grep) {
        RequestTimes t = requestTimes(config, model, grep, PredictionService.Method.CLASSIC);
        env.out().printf(Locale.ROOT, "classic method, cold request (fine-tune on 15 runs + "
                        + "predict 2..12), "
                        + "library API: median %.1f ms, max %.1f ms over %d contexts%n",
                median(t.coldMs()), Arrays.stream(t.coldMs()).max().orElse(0), t.coldMs().length);
        env.out().printf(Locale.ROOT, "classic method, cached request, library API: median %.3f "
                + "ms, p99 %.3f ms "
                + "over %d requests%n", median(t.cachedMs()), quantile(t.cachedMs(), 0.99),
                t.cachedMs().length);
        env.out().flush();
    }

    /**
     * The default method: per context, the global model fitted to the other contexts' runs, the
     * prior curve and the correction on the context's runs at 2, 6 and 12 (calibration values do
     * not change the work, so the defaults stand in for a calibration).
     */
    private void adaptedPredictions(BellamyConfig config, BellamyModel pretrained,
            List<RunRecord> grep) {
        RequestTimes t = requestTimes(config,
                pretrained.withAdaptation(AdaptationSettings.DEFAULTS), grep,
                PredictionService.Method.BELLAMY);
        env.out().printf(Locale.ROOT, "default method (bellamy), cold request (global model on "
                        + "the other contexts' runs + adapt to 15 runs + predict 2..12), library "
                        + "API: median %.1f ms, max %.1f ms over %d contexts%n",
                median(t.coldMs()), Arrays.stream(t.coldMs()).max().orElse(0), t.coldMs().length);
        env.out().printf(Locale.ROOT, "default method (bellamy), request with the global model "
                + "cached, library API: median %.3f ms, p99 %.3f ms over %d requests%n",
                median(t.cachedMs()), quantile(t.cachedMs(), 0.99), t.cachedMs().length);
        env.out().flush();
    }

    /** Milliseconds of one cold request per context, and of repeated cached requests. */
    private record RequestTimes(double[] coldMs, double[] cachedMs) {
    }

    /**
     * Times a cold request for every grep context (a new service each) with the context's runs
     * at 2, 6 and 12 as its history (the default method also gets every run of the other
     * contexts, for its global model), then 2,000 repeats of the last request on its service.
     */
    private RequestTimes requestTimes(BellamyConfig config, BellamyModel model,
            List<RunRecord> grep, PredictionService.Method method) {
        boolean withOthers = method == PredictionService.Method.BELLAMY;
        TreeSet<ContextKey> contexts = new TreeSet<>();
        grep.forEach(r -> contexts.add(r.context()));
        double[] coldMs = new double[contexts.size()];
        int i = 0;
        PredictionService service = null;
        PredictionRequest last = null;
        List<RunRecord> lastHistory = null;
        for (ContextKey c : contexts) {
            RunRecord sample = grep.stream().filter(r -> r.context().equals(c)).findFirst()
                    .orElseThrow();
            List<RunRecord> history = grep.stream().filter(r -> r.context().equals(c)
                    ? r.instanceCount() == 2 || r.instanceCount() == 6 || r.instanceCount() == 12
                    : withOthers).toList();
            PredictionRequest request = new PredictionRequest(2, 12, c.machineType(), c.jobArgs(),
                    c.dataSizeMB(), c.dataCharacteristics(), c.environment(), c.jobType(),
                    sample.memory() / sample.instanceCount(),
                    sample.slots() / sample.instanceCount());
            service = new PredictionService(m -> FineTuneSettings.from(config,
                    m.hyperparameters()), FineTuneCache.inMemory(), 42, method);
            long t = System.nanoTime();
            service.predict(model, request, history);
            coldMs[i++] = (System.nanoTime() - t) / 1e6;
            last = request;
            lastHistory = history;
        }
        double[] cachedMs = new double[2000];
        for (int k = 0; k < cachedMs.length; k++) {
            long t = System.nanoTime();
            service.predict(model, last, lastHistory);
            cachedMs[k] = (System.nanoTime() - t) / 1e6;
        }
        return new RequestTimes(coldMs, cachedMs);
    }

    private void searchTime(BellamyConfig config, List<String> algorithms) throws Exception {
        long all = System.nanoTime();
        try (RunStore store = new Workspace(env, state).openStoreWithDatasets()) {
            for (String algorithm : algorithms) {
                List<RunRecord> runs = store.runs(RunQuery.of(algorithm).withSources(Set.of("c3o")));
                long t = System.nanoTime();
                BellamyModel m = new Pretrainer(BuildInfo.version()).pretrain("c3o", algorithm,
                        runs, PretrainOptions.search(config, config.seed()),
                        PretrainListener.NONE).model();
                env.out().printf(Locale.ROOT, "default search (%d trials, TPE + ASHA), c3o %s, "
                                + "%d runs: %.1f s wall, validation MAE %.2f s%n",
                        config.search().trials(), algorithm, runs.size(),
                        (System.nanoTime() - t) / 1e9, m.training().validationMae());
                env.out().flush();
            }
        }
        if (algorithms.size() > 1) {
            env.out().printf(Locale.ROOT, "all %d searches: %.1f s wall%n", algorithms.size(),
                    (System.nanoTime() - all) / 1e9);
        }
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)));
        return sorted[index];
    }
}
