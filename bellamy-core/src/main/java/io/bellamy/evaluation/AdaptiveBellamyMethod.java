package io.bellamy.evaluation;

import io.bellamy.adaptation.AdaptedRuntimeModel;
import io.bellamy.adaptation.HeldOutCalibration;
import io.bellamy.adaptation.ModelCalibrator;
import io.bellamy.adaptation.PriorModels;
import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.NetworkRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import io.bellamy.training.PretrainOptions;
import java.util.List;
import java.util.Objects;

/**
 * The default predictor, {@value #NAME}, as an evaluation method: per fold it pre-trains the
 * network exactly as {@link BellamyMethod} does (the same seed and options, so the two share one
 * pre-training through {@link FoldModels}), calibrates the few-shot correction on contexts held
 * out of the fold's own pre-training runs ({@link HeldOutCalibration}; never a test context),
 * and per case adapts the network's prior curve to the target runs
 * ({@link AdaptedRuntimeModel}) instead of fine-tuning the network.
 */
public final class AdaptiveBellamyMethod implements EvaluationMethod {

    /** The name of the default predictor in results. */
    public static final String NAME = "bellamy";

    /** Held-out folds in the calibration (each one extra pre-training per fold). */
    public static final int DEFAULT_HELD_OUT_FOLDS = 2;

    private final BellamyConfig config;
    private final boolean search;
    private final Hyperparameters fixed;
    private final long seed;
    private final FoldModels models;
    private final int heldOutFolds;

    /**
     * @param config the configuration (network shape, pre-training epochs, search)
     * @param search true for the hyperparameter search per fold, false for one run with
     *     {@code fixed}
     * @param fixed the hyperparameters of a run without search
     * @param seed the evaluation seed every other seed derives from
     * @param models the pre-trained models shared with other methods of the evaluation
     * @param heldOutFolds held-out folds of the calibration, 1..5
     */
    public AdaptiveBellamyMethod(BellamyConfig config, boolean search, Hyperparameters fixed,
            long seed, FoldModels models, int heldOutFolds) {
        this.config = Objects.requireNonNull(config, "config");
        this.search = search;
        this.fixed = Objects.requireNonNull(fixed, "fixed");
        this.seed = seed;
        this.models = Objects.requireNonNull(models, "models");
        if (heldOutFolds < 1 || heldOutFolds > HeldOutCalibration.FOLDS) {
            throw new IllegalArgumentException("held-out folds must be in 1.."
                    + HeldOutCalibration.FOLDS + ", got " + heldOutFolds);
        }
        this.heldOutFolds = heldOutFolds;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuntimePredictor forFold(FoldData fold) {
        long foldSeed = MethodSeeds.fold(seed, fold.algorithm(), fold.fold());
        List<RunRecord> runs = fold.preTrainingRuns();
        BellamyModel model = models.pretrained(fold, config, search, fixed, foldSeed);
        long calibrationSeed = MethodSeeds.calibration(foldSeed);
        PretrainOptions inner = PretrainOptions.fixed(config, model.hyperparameters(),
                calibrationSeed);
        AdaptationSettings settings = HeldOutCalibration.calibrate(runs, heldOutFolds,
                train -> ModelCalibrator.priorModels(models.get(fold.algorithm(),
                        fold.fold(), train, inner), train), calibrationSeed);
        return new Predictor(ModelCalibrator.priorModels(model, runs), model, settings);
    }

    @Override
    public String toString() {
        return NAME;
    }

    /** One fold's pre-trained model and calibration; thread-safe (all of it is immutable). */
    private record Predictor(PriorModels prior, BellamyModel model,
            AdaptationSettings settings) implements RuntimePredictor {

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public int minScaleOuts() {
            return 0;
        }

        @Override
        public FittedRuntimeModel fit(TrainingData data) {
            // a network of its own per fit: networks are not thread-safe
            PriorModels own = prior.withNetwork(new NetworkRuntimeModel(model.network(),
                    model.pipeline()));
            return new AdaptedRuntimeModel(own, data.targetRuns(), settings);
        }
    }
}
