package io.bellamy.baselines;

import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;

/**
 * Ernest (Venkataraman et al., NSDI 2016): runtime {@code = θ0 + θ1 size/n + θ2 ln n + θ3 n},
 * {@code θ >= 0}, fitted by non-negative least squares ({@link NnlsSolver}) on the target
 * context's runs, one row per repetition; {@code size} is {@code data_size_MB} (SPEC §7). Uses
 * only the target context; other contexts' runs are ignored.
 */
public final class ErnestPredictor implements RuntimePredictor {

    /** The name in reports. */
    public static final String NAME = "ernest";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minScaleOuts() {
        return 1;
    }

    @Override
    public FittedRuntimeModel fit(TrainingData data) {
        TrainingChecks.requireScaleOuts(data, minScaleOuts(), NAME);
        return ErnestModel.fit(data.targetRuns());
    }
}
