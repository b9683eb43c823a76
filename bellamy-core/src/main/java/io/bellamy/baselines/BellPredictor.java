package io.bellamy.baselines;

import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import java.util.List;

/**
 * Bell (Thamsen et al., "Selecting Resources for Distributed Dataflow Systems According to
 * Runtime Targets", IPCCC 2016): with at most {@value #ERNEST_ONLY_UP_TO} distinct scale-outs of
 * the target context it is Ernest; with more it chooses between local linear kernel regressions
 * (Gaussian kernel, bandwidths 1..100) and Ernest by cross-validation on interpolation splits
 * (see {@link BellModelSelection}) and refits the winner on all runs. Every repetition is one
 * row, in the splits and in the fits, as in the original implementation. Uses only the target
 * context.
 *
 * <p>Departures from the original, all documented choices: the threshold counts distinct
 * scale-outs (the original counted runs); the chosen model predicts every scale-out (as the
 * original does in effect — its interpolation mask covers the whole range); the kernel
 * regression is solved in centred form (see {@link LocalLinearRegression}) rather than with a
 * {@code 1e-12} ridge; ties are broken with a relative tolerance.
 */
public final class BellPredictor implements RuntimePredictor {

    /** The name of the standard variant in reports. */
    public static final String NAME = "bell";

    /** The name of the variant that cross-validates whenever it can. */
    public static final String ALWAYS_CV_NAME = "bell_cv";

    /** Up to this many distinct scale-outs the standard variant uses Ernest. */
    public static final int ERNEST_ONLY_UP_TO = 5;

    private final String name;
    private final int ernestOnlyUpTo;
    private final List<BellModelSelection.Candidate> candidates = BellModelSelection.candidates();

    /** The standard Bell: Ernest up to {@value #ERNEST_ONLY_UP_TO} distinct scale-outs. */
    public BellPredictor() {
        this(NAME, ERNEST_ONLY_UP_TO);
    }

    private BellPredictor(String name, int ernestOnlyUpTo) {
        this.name = name;
        this.ernestOnlyUpTo = ernestOnlyUpTo;
    }

    /**
     * The variant (reported as {@value #ALWAYS_CV_NAME}) that cross-validates whenever there is
     * an interior scale-out to hold out, i.e. from 3 distinct scale-outs on.
     */
    public static BellPredictor alwaysCrossValidated() {
        return new BellPredictor(ALWAYS_CV_NAME, 2);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int minScaleOuts() {
        return 1;
    }

    @Override
    public FittedRuntimeModel fit(TrainingData data) {
        TrainingChecks.requireScaleOuts(data, minScaleOuts(), name);
        if (data.distinctTargetScaleOuts() <= ernestOnlyUpTo) {
            return ErnestModel.fit(data.targetRuns());
        }
        int chosen = BellModelSelection.choose(data.targetRuns(), candidates);
        return candidates.get(chosen).fitter().apply(data.targetRuns());
    }
}
