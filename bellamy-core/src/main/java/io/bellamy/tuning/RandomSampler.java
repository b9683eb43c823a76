package io.bellamy.tuning;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Independent uniform sampling of every parameter, ignoring finished trials, like Optuna's
 * {@code RandomSampler} ({@code optuna/samplers/_random.py}): a categorical choice uniformly; a
 * float uniformly on {@code [low, high]} (on {@code [log low, log high]} then exponentiated when
 * log); an int uniformly on {@code [low - 0.5, high + 0.5]} (in log space when log), rounded
 * half-even and clamped.
 */
public final class RandomSampler implements Sampler {

    /** Creates the sampler; it holds no state. */
    public RandomSampler() {
    }

    @Override
    public TrialParams sample(
            SearchSpace space, List<FinishedTrial> finishedTrials, SplittableRandom rng) {
        double[] internal = new double[space.params().size()];
        for (int i = 0; i < internal.length; i++) {
            internal[i] = sampleInternal(space.params().get(i), rng);
        }
        return space.fromInternal(internal);
    }

    /** One uniform internal value for {@code param}; advances {@code rng}. */
    static double sampleInternal(ParamSpec param, SplittableRandom rng) {
        if (param instanceof CategoricalParam categorical) {
            return rng.nextInt(categorical.choices().size());
        }
        if (param instanceof FloatParam floatParam) {
            if (floatParam.log()) {
                double logLow = Math.log(floatParam.low());
                double logHigh = Math.log(floatParam.high());
                return Math.exp(logLow + (logHigh - logLow) * rng.nextDouble());
            }
            return floatParam.low() + (floatParam.high() - floatParam.low()) * rng.nextDouble();
        }
        IntParam intParam = (IntParam) param;
        double low = intParam.low() - 0.5;
        double high = intParam.high() + 0.5;
        if (intParam.log()) {
            double logLow = Math.log(low);
            double logHigh = Math.log(high);
            return Math.exp(logLow + (logHigh - logLow) * rng.nextDouble());
        }
        return low + (high - low) * rng.nextDouble();
    }
}
