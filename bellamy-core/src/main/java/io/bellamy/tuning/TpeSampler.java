package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Tree-structured Parzen Estimator (Bergstra et al. 2011, "Algorithms for Hyper-Parameter
 * Optimization"; Bergstra et al. 2013, "Making a Science of Model Search") with the defaults of
 * Optuna 5.0's {@code TPESampler} ({@code optuna/samplers/_tpe/sampler.py}), minimising.
 *
 * <ul>
 *   <li>Independent sampling: each parameter has its own pair of estimators. (Optuna 5.0 made
 *       multivariate TPE its default; the Optuna releases of the prototype's time, 2021, sampled
 *       independently by default.)</li>
 *   <li>Until {@code nStartupTrials} observations exist, parameters are drawn exactly as
 *       {@link RandomSampler} draws them (from the same {@code rng}).</li>
 *   <li>Observations are the finished trials that did not fail, each scored by its last reported
 *       metric. This is what the prototype's pipeline tells Optuna: Ray Tune's trial runner
 *       passes the last result to {@code on_trial_complete} both for trials that finish and for
 *       trials ASHA stops ({@code ray/tune/trial_runner.py}, Ray 1.x), and {@code OptunaSearch}
 *       then tells Optuna {@code COMPLETE} with that result's metric
 *       ({@code ray/tune/search/optuna/optuna_search.py}). Optuna's ranking of {@code PRUNED}
 *       trials by (step, value) therefore never applies and is not reproduced. Failed trials are
 *       ignored, as Optuna ignores {@code FAIL}.</li>
 *   <li>The good set is the best {@link TpeSplit#nBelow(int) min(ceil(0.1 n), 25)} observations;
 *       {@code l(x)} is fitted to it and {@code g(x)} to the rest, both with the prior kernel of
 *       weight {@code priorWeight} (see {@link CategoricalParzenEstimator},
 *       {@link NumericalParzenEstimator}).</li>
 *   <li>{@code nEiCandidates} candidates are drawn from {@code l(x)}; the one maximising
 *       {@code log l(x) - log g(x)} (the first on ties) is chosen.</li>
 * </ul>
 *
 * <p>Draws come from a {@link SplittableRandom} rather than NumPy's generator, so suggestions
 * match Optuna in distribution, not digit for digit.
 */
public final class TpeSampler implements Sampler {

    /** Optuna's default {@code n_startup_trials}. */
    public static final int DEFAULT_STARTUP_TRIALS = 10;
    /** Optuna's default {@code n_ei_candidates}. */
    public static final int DEFAULT_EI_CANDIDATES = 24;
    /** Optuna's default {@code prior_weight}. */
    public static final double DEFAULT_PRIOR_WEIGHT = 1.0;

    private final int nStartupTrials;
    private final int nEiCandidates;
    private final double priorWeight;

    /** A sampler with Optuna's defaults: 10 startup trials, 24 candidates, prior weight 1. */
    public TpeSampler() {
        this(DEFAULT_STARTUP_TRIALS, DEFAULT_EI_CANDIDATES, DEFAULT_PRIOR_WEIGHT);
    }

    /**
     * A sampler with the given settings.
     *
     * @param nStartupTrials observations needed before TPE replaces random sampling, {@code >= 0}
     * @param nEiCandidates candidates drawn from {@code l(x)} per parameter, {@code >= 1}
     * @param priorWeight weight of the prior kernel, finite and {@code >= 0}
     */
    public TpeSampler(int nStartupTrials, int nEiCandidates, double priorWeight) {
        if (nStartupTrials < 0) {
            throw new IllegalArgumentException(
                    "nStartupTrials must be >= 0, got " + nStartupTrials);
        }
        if (nEiCandidates < 1) {
            throw new IllegalArgumentException("nEiCandidates must be >= 1, got " + nEiCandidates);
        }
        if (!(priorWeight >= 0) || Double.isInfinite(priorWeight)) {
            throw new IllegalArgumentException(
                    "priorWeight must be finite and >= 0, got " + priorWeight);
        }
        this.nStartupTrials = nStartupTrials;
        this.nEiCandidates = nEiCandidates;
        this.priorWeight = priorWeight;
    }

    @Override
    public TrialParams sample(
            SearchSpace space, List<FinishedTrial> finishedTrials, SplittableRandom rng) {
        List<FinishedTrial> observations = new ArrayList<>();
        for (FinishedTrial trial : finishedTrials) {
            if (trial.isObservation()) {
                observations.add(trial);
            }
        }
        double[] internal = new double[space.params().size()];
        if (observations.size() < nStartupTrials) {
            for (int i = 0; i < internal.length; i++) {
                internal[i] = RandomSampler.sampleInternal(space.params().get(i), rng);
            }
            return space.fromInternal(internal);
        }
        TpeSplit.Split split = TpeSplit.split(observations);
        for (int i = 0; i < internal.length; i++) {
            ParamSpec param = space.params().get(i);
            ParzenEstimator below =
                    ParzenEstimator.fit(param, internalValues(param, split.below()), priorWeight);
            ParzenEstimator above =
                    ParzenEstimator.fit(param, internalValues(param, split.above()), priorWeight);
            internal[i] = bestCandidate(below.sample(rng, nEiCandidates), below, above);
        }
        return space.fromInternal(internal);
    }

    /** The candidate maximising {@code log l(x) - log g(x)}; the first one on ties. */
    static double bestCandidate(double[] candidates, ParzenEstimator below,
            ParzenEstimator above) {
        int best = 0;
        double bestScore = below.logPdf(candidates[0]) - above.logPdf(candidates[0]);
        for (int c = 1; c < candidates.length; c++) {
            double score = below.logPdf(candidates[c]) - above.logPdf(candidates[c]);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return candidates[best];
    }

    private static double[] internalValues(ParamSpec param, List<FinishedTrial> trials) {
        double[] values = new double[trials.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = param.toInternal(trials.get(i).params().get(param.name()));
        }
        return values;
    }

    @Override
    public String toString() {
        return "TpeSampler[nStartupTrials=" + nStartupTrials + ", nEiCandidates=" + nEiCandidates
                + ", priorWeight=" + priorWeight + "]";
    }
}
