package io.bellamy.tuning;

import java.util.SplittableRandom;

/**
 * A one-parameter Parzen estimator of the TPE sampler (Bergstra et al. 2011, "Algorithms for
 * Hyper-Parameter Optimization"): a mixture with one kernel per observation plus a prior
 * kernel, as Optuna 5.0's {@code _ParzenEstimator} builds it for independent sampling
 * ({@code optuna/samplers/_tpe/parzen_estimator.py}).
 *
 * <p>Values are the parameter's sampler-internal values ({@link ParamSpec#toInternal(Object)}):
 * choice indices for categoricals, the number itself for floats and ints.
 */
interface ParzenEstimator {

    /**
     * Draws {@code n} values from the mixture: first {@code n} component indices, then one
     * value from each chosen component (the order of Optuna's draws); advances {@code rng}.
     *
     * @return a new array of {@code n} internal values, each valid for the parameter
     */
    double[] sample(SplittableRandom rng, int n);

    /** The log density (log probability for a categorical or int) of the mixture at a value. */
    double logPdf(double value);

    /**
     * Fits the estimator for {@code param} to {@code observations}.
     *
     * @param observations internal values, oldest trial first; not modified
     * @param priorWeight the weight of the prior kernel, finite and {@code >= 0}
     */
    static ParzenEstimator fit(ParamSpec param, double[] observations, double priorWeight) {
        if (param instanceof CategoricalParam categorical) {
            return new CategoricalParzenEstimator(
                    categorical.choices().size(), observations, priorWeight);
        }
        return NumericalParzenEstimator.fit(param, observations, priorWeight);
    }

    /**
     * The index {@code i} of the first cumulative weight above {@code u}, as
     * {@code numpy.random.choice(p=weights)} picks it.
     *
     * @param weights non-negative weights summing to about 1; not modified
     * @param u a uniform draw in {@code [0, 1)}
     */
    static int pick(double[] weights, double u) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double cumulative = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            cumulative += weights[i];
            if (u < cumulative / total) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
