package io.bellamy.adaptation;

import io.bellamy.baselines.FittedGradientBoosting;
import io.bellamy.baselines.GradientBoostingPredictor;
import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunRecord;
import io.bellamy.features.FeatureRange;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.BellamyModel;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.NetworkRuntimeModel;
import io.bellamy.prediction.TrainingData;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.Pretrainer;
import java.util.List;
import java.util.function.Function;

/**
 * Calibrates a pre-trained model for the default predictor: {@link HeldOutCalibration} with
 * held-in models pre-trained by the model's own hyperparameters (no search), and the prior's
 * models ({@link #priorModels}) built the same way for calibration and prediction.
 */
public final class ModelCalibrator {

    /** Held-out folds of the calibration (each one extra pre-training without search). */
    public static final int DEFAULT_HELD_OUT_FOLDS = 2;

    private ModelCalibrator() {
    }

    /**
     * The model with its calibration, made on {@code records} (the model's own pre-training
     * records).
     *
     * @param codeVersion recorded in the held-in models' provenance (they are not kept)
     * @throws InterruptedException when interrupted during a held-in pre-training
     */
    public static BellamyModel calibrate(BellamyModel model, List<RunRecord> records,
            BellamyConfig config, String codeVersion, long seed) throws InterruptedException {
        PretrainOptions options = PretrainOptions.fixed(config, model.hyperparameters(), seed);
        Pretrainer pretrainer = new Pretrainer(codeVersion);
        InterruptedException[] interrupted = new InterruptedException[1];
        Function<List<RunRecord>, PriorModels> pretrain = train -> {
            try {
                return priorModels(pretrainer.pretrain(model.provenance().target(),
                        model.algorithm(), train, options, PretrainListener.NONE).model(), train);
            } catch (InterruptedException e) {
                interrupted[0] = e;
                throw new IllegalStateException("calibration interrupted", e);
            }
        };
        try {
            AdaptationSettings settings = HeldOutCalibration.calibrate(records,
                    DEFAULT_HELD_OUT_FOLDS, pretrain, seed);
            return model.withAdaptation(settings);
        } catch (IllegalStateException e) {
            if (interrupted[0] != null) {
                throw interrupted[0];
            }
            throw e;
        }
    }

    /**
     * The prior's models of a pre-trained model: its network (a network of its own) and the
     * global gradient-boosting model fitted to {@code runs}, over the model's scale-out range.
     *
     * @param runs the runs of other contexts the global model learns from (not empty)
     */
    public static PriorModels priorModels(BellamyModel model, List<RunRecord> runs) {
        return priorModels(model, globalModel(runs), runs);
    }

    /** As {@link #priorModels(BellamyModel, List)} with an already fitted global model. */
    public static PriorModels priorModels(BellamyModel model, FittedRuntimeModel global,
            List<RunRecord> runs) {
        FeatureRange range = model.pipeline().scaleOut().count();
        double fallback = HeldOutCalibration.median(runs.stream()
                .mapToDouble(RunRecord::grossRuntime).toArray());
        int[] knots = runs.stream().mapToInt(RunRecord::instanceCount).distinct().sorted()
                .toArray();
        return new PriorModels(new NetworkRuntimeModel(model.network(), model.pipeline()), global,
                (int) Math.round(range.min()), (int) Math.round(range.max()), fallback,
                global == null ? new int[0] : knots);
    }

    /**
     * The global gradient-boosting model (SPEC §7, C3O) fitted to {@code runs}. Disk caches key
     * it by {@link FittedGradientBoosting#FORMAT}: a change to how it is fitted (here or in
     * {@link GradientBoostingPredictor}) must bump that version.
     */
    public static FittedGradientBoosting globalModel(List<RunRecord> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("the global model needs runs of other contexts");
        }
        return new GradientBoostingPredictor().fit(new TrainingData(runs.get(0).context(),
                List.of(), runs));
    }
}
