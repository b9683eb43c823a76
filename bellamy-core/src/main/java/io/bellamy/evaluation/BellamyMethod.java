package io.bellamy.evaluation;

import io.bellamy.config.BellamyConfig;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.NetworkRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import io.bellamy.training.FineTuneSettings;
import io.bellamy.training.FineTuner;
import java.util.Objects;

/**
 * Bellamy as the prototype runs it (SPEC §5, §6), as an evaluation method: per fold it
 * pre-trains one model on the fold's pre-training runs (one run with fixed hyperparameters, or
 * the full TPE + ASHA search), and per case it fine-tunes a copy on the target context's runs
 * with the settings {@link io.bellamy.prediction.PredictionService} uses
 * ({@link FineTuneSettings#from}); with no target run (k = 0) it predicts with the pre-trained
 * model as it is. Deterministic: the pre-training seed derives from the evaluation seed, the
 * algorithm and the fold, a fine-tuning's seed from that and the case's target runs.
 */
public final class BellamyMethod implements EvaluationMethod {

    /** The name of the faithful method in results. */
    public static final String NAME = "classic";

    private final String name;
    private final BellamyConfig config;
    private final boolean search;
    private final Hyperparameters fixed;
    private final long seed;
    private final FoldModels models;

    /**
     * @param name the name in results, e.g. {@link #NAME}
     * @param config the configuration (network shape, pre-training epochs, search, fine-tuning)
     * @param search true for the hyperparameter search of SPEC §5 per fold, false for one run
     *     with {@code fixed}
     * @param fixed the hyperparameters of a run without search
     * @param seed the evaluation seed every other seed derives from
     */
    public BellamyMethod(String name, BellamyConfig config, boolean search, Hyperparameters fixed,
            long seed) {
        this(name, config, search, fixed, seed, new FoldModels());
    }

    /**
     * As {@link #BellamyMethod(String, BellamyConfig, boolean, Hyperparameters, long)}, taking
     * its pre-trained models from {@code models} (shared with other methods of one evaluation).
     */
    public BellamyMethod(String name, BellamyConfig config, boolean search, Hyperparameters fixed,
            long seed, FoldModels models) {
        this.models = Objects.requireNonNull(models, "models");
        this.name = Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("method name must not be blank");
        }
        this.config = Objects.requireNonNull(config, "config");
        this.search = search;
        this.fixed = Objects.requireNonNull(fixed, "fixed");
        this.seed = seed;
    }

    /**
     * The faithful method as REFERENCE.md measured it: named {@value #NAME}, no search,
     * {@link Hyperparameters#REFERENCE}.
     */
    public static BellamyMethod faithful(BellamyConfig config, long seed) {
        return new BellamyMethod(NAME, config, false, Hyperparameters.REFERENCE, seed);
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Pre-trains on the fold's runs (may take minutes).
     *
     * @throws IllegalStateException when pre-training fails or the thread is interrupted
     */
    @Override
    public RuntimePredictor forFold(FoldData fold) {
        long foldSeed = MethodSeeds.fold(seed, fold.algorithm(), fold.fold());
        BellamyModel model = models.pretrained(fold, config, search, fixed, foldSeed);
        return new Predictor(model, FineTuneSettings.from(config, model.hyperparameters()),
                foldSeed);
    }

    @Override
    public String toString() {
        return name;
    }

    /** One fold's pre-trained model, fine-tuned per fit; thread-safe (the model is immutable). */
    private final class Predictor implements RuntimePredictor {
        private final BellamyModel model;
        private final FineTuneSettings settings;
        private final long foldSeed;

        Predictor(BellamyModel model, FineTuneSettings settings, long foldSeed) {
            this.model = model;
            this.settings = settings;
            this.foldSeed = foldSeed;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int minScaleOuts() {
            return 0;
        }

        @Override
        public FittedRuntimeModel fit(TrainingData data) {
            if (data.targetRuns().isEmpty()) {
                return new NetworkRuntimeModel(model.network(), model.pipeline());
            }
            var tuned = new FineTuner(settings).fineTune(model.network(), true, model.pipeline(),
                    data.targetRuns(), MethodSeeds.fit(foldSeed, data));
            return new NetworkRuntimeModel(tuned.network(), model.pipeline());
        }
    }
}
