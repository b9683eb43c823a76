package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import java.util.ArrayList;
import java.util.List;

/**
 * A C3O-style global model (Will et al., "C3O: Collaborative Cluster Configuration
 * Optimization for Distributed Data Processing in Public Clouds", IC2E 2021): gradient-boosted
 * regression trees with scikit-learn's {@code GradientBoostingRegressor} defaults
 * ({@link GradientBoostedTrees.Settings#SCIKIT_LEARN_DEFAULTS}) over the scale-out and the
 * numeric context columns of {@link FeatureLayout}, trained on the other contexts' runs plus the
 * target's. Needs no run of the target context.
 */
public final class GradientBoostingPredictor implements RuntimePredictor {

    /** The name in reports. */
    public static final String NAME = "gbm";

    private final GradientBoostedTrees.Settings settings = GradientBoostedTrees.Settings.SCIKIT_LEARN_DEFAULTS;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int minScaleOuts() {
        return 0;
    }

    /**
     * @throws IllegalArgumentException when there is no run at all, or a run of another
     *     algorithm than the target's
     */
    @Override
    public FittedGradientBoosting fit(TrainingData data) {
        TrainingChecks.requireScaleOuts(data, minScaleOuts(), NAME);
        List<RunRecord> runs = new ArrayList<>(data.otherRuns());
        runs.addAll(data.targetRuns());
        if (runs.isEmpty()) {
            throw new IllegalArgumentException(NAME + " needs at least one run of algorithm "
                    + data.target().algorithm() + ", got none");
        }
        for (RunRecord r : runs) {
            if (!r.algorithm().equals(data.target().algorithm())) {
                throw new IllegalArgumentException(NAME + " learns one algorithm at a time: run of "
                        + r.algorithm() + " among runs for " + data.target().algorithm());
            }
        }
        FeatureLayout layout = FeatureLayout.of(runs);
        double[][] x = new double[runs.size()][];
        double[] y = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            x[i] = layout.row(runs.get(i));
            y[i] = runs.get(i).grossRuntime();
        }
        return new FittedGradientBoosting(layout, GradientBoostedTrees.fit(x, y, settings));
    }
}
