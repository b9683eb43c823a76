package io.bellamy.training;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunDigest;
import io.bellamy.data.RunRecord;
import io.bellamy.features.EncodedBatch;
import io.bellamy.features.FeaturePipeline;
import io.bellamy.features.FittedPipeline;
import io.bellamy.features.VocabularyFilter;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkConfig;
import io.bellamy.model.NetworkInput;
import io.bellamy.model.Provenance;
import io.bellamy.model.TrainingReport;
import io.bellamy.tuning.AshaConfig;
import io.bellamy.tuning.CategoricalParam;
import io.bellamy.tuning.Decision;
import io.bellamy.tuning.EpochReport;
import io.bellamy.tuning.ParamSpec;
import io.bellamy.tuning.RandomSampler;
import io.bellamy.tuning.Sampler;
import io.bellamy.tuning.Search;
import io.bellamy.tuning.SearchConfig;
import io.bellamy.tuning.SearchListener;
import io.bellamy.tuning.SearchMode;
import io.bellamy.tuning.SearchResult;
import io.bellamy.tuning.SearchSpace;
import io.bellamy.tuning.TpeSampler;
import io.bellamy.tuning.TrialEngine;
import io.bellamy.tuning.TrialObjective;
import io.bellamy.tuning.TrialParams;
import io.bellamy.tuning.TrialResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Pre-trains one algorithm's model (SPEC §5): fits the feature pipeline on the records, splits
 * off a stratified validation set, and either runs the hyperparameter search (TPE + ASHA) or one
 * run with fixed hyperparameters; the result holds the best epoch's weights of the best trial.
 *
 * <p>The search's trials run on a {@link TrialEngine}: by default a pool of this machine's
 * cores in {@link SearchMode#ASYNC} mode. On a distributed engine the trials travel as
 * checkpoints ({@link PretrainingProblem#portableObjective()}); for the same seed, concurrency
 * and mode the model is the same, bit for bit, wherever the trials ran.
 */
public final class Pretrainer {

    private final String codeVersion;
    private final TrialEngine engine;
    private final SearchMode mode;

    /**
     * Searches on a pool of this machine's cores in asynchronous mode.
     *
     * @param codeVersion the version recorded in the model's provenance
     */
    public Pretrainer(String codeVersion) {
        this(codeVersion, TrialEngine.threads(Runtime.getRuntime().availableProcessors()),
                SearchMode.ASYNC);
    }

    /**
     * Searches with trials on {@code engine}, in {@code mode}; the search runs
     * {@code min(search.concurrency, engine.parallelism())} trials at once.
     *
     * @param codeVersion the version recorded in the model's provenance
     * @param engine where trials run
     * @param mode how the search orders trials in time
     */
    public Pretrainer(String codeVersion, TrialEngine engine, SearchMode mode) {
        this.codeVersion = Objects.requireNonNull(codeVersion, "codeVersion");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Pre-trains on {@code records} (not modified).
     *
     * @throws IllegalArgumentException with no or too few records
     * @throws InterruptedException when the calling thread is interrupted during the search
     */
    public PretrainResult pretrain(String target, String algorithm, List<RunRecord> records,
            PretrainOptions options, PretrainListener listener) throws InterruptedException {
        if (records.size() < 2) {
            throw new IllegalArgumentException("pre-training " + algorithm + " needs at least 2 "
                    + "records, got " + records.size());
        }
        long started = System.nanoTime();
        BellamyConfig config = options.config();
        SplittableRandom root = new SplittableRandom(options.seed());
        FittedPipeline pipeline = pipelineSpec(config).fit(records);
        EncodedBatch encoded = pipeline.transform(records);
        NetworkInput input = Inputs.of(encoded);
        ValidationSplit split = ValidationSplit.stratified(records, config.split().groupingKeys(),
                config.split().validationFraction(), root.split());
        NetworkConfig shape = new NetworkConfig(config.model().hiddenDim(),
                pipeline.propertyWidth(), config.model().dropout(), config.model().batchSize());
        PretrainingProblem problem = new PretrainingProblem(input, split.train(),
                split.validation(), shape, config.model().batchSize(),
                config.model().targetNoise(), new Hyperparameters(config.model().dropout(),
                        config.model().lr(), config.model().weightDecay()));
        long runSeed = root.nextLong();

        BestEpoch best;
        List<TrialSummary> trials = new ArrayList<>();
        if (options.search()) {
            SearchResult<BestEpoch> result = search(config, problem, runSeed, listener);
            for (TrialResult<BestEpoch> t : result.trials()) {
                trials.add(summary(problem, t));
            }
            TrialResult<BestEpoch> winner = result.best().orElseThrow(() ->
                    new IllegalStateException("every trial of the search failed: "
                            + result.trials().get(0).failureReason()));
            best = winner.payload();
        } else {
            Hyperparameters hp = options.fixed();
            listener.trialStarted(0, hp);
            PretrainingRun run = problem.start(hp, runSeed);
            run.runTo(config.model().epochs(), m -> {
                listener.epoch(0, m);
                return !Double.isFinite(m.validationLoss());
            });
            best = run.bestEpoch();
            if (!best.isPresent()) {
                throw new IllegalStateException("pre-training " + algorithm
                        + " diverged: no epoch had a finite validation loss");
            }
            TrialSummary s = new TrialSummary(0, hp, "completed", run.epoch(),
                    best.metrics().epoch(), best.metrics().validationLoss(), best.metrics().mae(),
                    null);
            trials.add(s);
            listener.trialFinished(s);
        }
        BellamyNetwork network = problem.network(best);
        EpochMetrics bestMetrics = best.metrics();
        double[] relErrors = relativeErrors(network, input, split.validation());
        TrainingReport report = new TrainingReport(records.size(), split.validation().length,
                trials.size(), bestMetrics.epoch(), bestMetrics.validationLoss(),
                bestMetrics.mae(), bestMetrics.mse(),
                TrainingReport.ErrorQuantiles.of(relErrors),
                (System.nanoTime() - started) / 1e9);
        Provenance provenance = new Provenance(target, algorithm, Instant.now().toString(),
                options.seed(), RunDigest.of(records), codeVersion);
        BellamyModel model = new BellamyModel(network.config(), network.weights(), pipeline,
                best.hyperparameters(), report, provenance);
        return new PretrainResult(model, trials);
    }

    /** The feature pipeline the configuration describes. */
    public static FeaturePipeline pipelineSpec(BellamyConfig config) {
        FeaturePipeline spec = FeaturePipeline.PROTOTYPE;
        var f = config.features();
        if (f.hashBuckets() + 1 != spec.propertyWidth() || f.ngramMin() != 1 || f.ngramMax() != 3
                || !f.essentialColumns().equals(List.of("machine_type", "job_args",
                        "data_size_MB", "data_characteristics", "environment"))
                || !f.optionalColumns().equals(List.of("job_type", "memory", "slots"))) {
            throw new IllegalArgumentException("features: only the prototype's columns, 39 hash "
                    + "buckets and n-grams 1..3 are supported in this version");
        }
        return f.vocabularyFilter() ? spec.withFilter(VocabularyFilter.keepOnly(f.vocabulary()))
                : spec.withFilter(VocabularyFilter.NONE);
    }

    private SearchResult<BestEpoch> search(BellamyConfig config, PretrainingProblem problem,
            long seed, PretrainListener listener) throws InterruptedException {
        List<ParamSpec> params = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : new TreeMap<>(config.search().space()).entrySet()) {
            params.add(new CategoricalParam(e.getKey(), List.copyOf(e.getValue())));
        }
        SearchSpace space = new SearchSpace(params);
        var s = config.search();
        Sampler sampler = "random".equals(s.sampler()) ? new RandomSampler()
                : new TpeSampler(s.startupTrials(), s.eiCandidates(), 1.0);
        int concurrency = Math.min(s.concurrency(), Math.max(1, engine.parallelism()));
        int maxEpochs = config.model().epochs();
        AshaConfig asha = new AshaConfig(Math.min(s.asha().maxT(), maxEpochs),
                Math.min(s.asha().gracePeriod(), maxEpochs), s.asha().reductionFactor());
        SearchConfig searchConfig = new SearchConfig(s.trials(), concurrency, maxEpochs, seed,
                mode, asha);
        SearchListener bridge = new SearchListener() {
            @Override
            public void trialStarted(int trial, TrialParams p, long trialSeed) {
                listener.trialStarted(trial, problem.hyperparameters(p));
            }

            @Override
            public void epochReported(int trial, EpochReport r, Decision decision) {
                listener.epoch(trial, SearchReports.metrics(r));
            }

            @Override
            public void trialFinished(TrialResult<?> result) {
                listener.trialFinished(summary(problem, result));
            }
        };
        TrialObjective<?, BestEpoch> objective = engine.isDistributed()
                ? problem.portableObjective() : problem.objective();
        return run(space, sampler, objective, searchConfig, bridge);
    }

    private <S> SearchResult<BestEpoch> run(SearchSpace space, Sampler sampler,
            TrialObjective<S, BestEpoch> objective, SearchConfig config, SearchListener listener)
            throws InterruptedException {
        return new Search<>(space, sampler, objective, config).run(engine, listener);
    }

    private static TrialSummary summary(PretrainingProblem problem, TrialResult<?> t) {
        var best = t.best();
        return new TrialSummary(t.number(), problem.hyperparameters(t.params()),
                t.status().name().toLowerCase(java.util.Locale.ROOT),
                t.epochsRun(), best.map(EpochReport::epoch).orElse(0),
                best.map(EpochReport::metric).orElse(Double.NaN),
                best.map(r -> r.extras().getOrDefault("mae", Double.NaN)).orElse(Double.NaN),
                t.failureReason());
    }

    private static double[] relativeErrors(BellamyNetwork network, NetworkInput input, int[] rows) {
        if (rows.length == 0) {
            return new double[0];
        }
        double[] predictions = new double[rows.length];
        network.predict(input, rows, 0, rows.length, predictions, 0);
        double[] errors = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double actual = input.target()[rows[i]];
            errors[i] = Math.abs(predictions[i] - actual) / actual;
        }
        return errors;
    }
}
