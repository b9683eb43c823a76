package io.bellamy.evaluation;

import io.bellamy.config.BellamyConfig;
import io.bellamy.features.FittedPipeline;
import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkConfig;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.NetworkRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import io.bellamy.training.FineTuneSettings;
import io.bellamy.training.FineTuner;
import io.bellamy.training.Pretrainer;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The ablation without pre-training, named {@value #NAME}: per case a freshly, randomly
 * initialised network is trained on the target context's runs only, by the fine-tuning of
 * SPEC §6 as the prototype runs it without a pre-trained model ({@link FineTuner} with
 * {@code pretrained = false}: the combination and scale-out nets train from the first epoch;
 * the property encoder keeps its random initialisation, as in the prototype). Needs at least
 * one scale-out.
 *
 * <p>The feature pipeline is fitted on the fold's pre-training runs: that fixes the scale-out
 * scaling only (the property encoding is a fixed hashing vectorizer), so no runtime of another
 * context is learnt from.
 */
public final class BellamyNoPretrainingMethod implements EvaluationMethod {

    /** The name in results. */
    public static final String NAME = "bellamy_nopretrain";

    private final BellamyConfig config;
    private final long seed;

    /**
     * @param config the configuration (network shape, fine-tuning)
     * @param seed the evaluation seed the networks' seeds derive from
     */
    public BellamyNoPretrainingMethod(BellamyConfig config, long seed) {
        this.config = Objects.requireNonNull(config, "config");
        this.seed = seed;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuntimePredictor forFold(FoldData fold) {
        FittedPipeline pipeline = Pretrainer.pipelineSpec(config).fit(fold.preTrainingRuns());
        NetworkConfig shape = new NetworkConfig(config.model().hiddenDim(),
                pipeline.propertyWidth(), config.model().dropout(), config.model().batchSize());
        FineTuneSettings settings = FineTuneSettings.from(config, Hyperparameters.REFERENCE);
        long foldSeed = MethodSeeds.fold(seed, fold.algorithm(), fold.fold());
        return new RuntimePredictor() {
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
                if (data.distinctTargetScaleOuts() < 1) {
                    throw new IllegalArgumentException(NAME + " needs runs at >= 1 scale-out of "
                            + data.target() + ", got none");
                }
                SplittableRandom seeds = new SplittableRandom(MethodSeeds.fit(foldSeed, data));
                BellamyNetwork fresh = new BellamyNetwork(shape, seeds.nextLong());
                var trained = new FineTuner(settings).fineTune(fresh, false, pipeline,
                        data.targetRuns(), seeds.nextLong());
                return new NetworkRuntimeModel(trained.network(), pipeline);
            }
        };
    }

    @Override
    public String toString() {
        return NAME;
    }
}
