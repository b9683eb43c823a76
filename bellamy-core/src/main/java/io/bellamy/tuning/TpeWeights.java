package io.bellamy.tuning;

import java.util.Arrays;

/**
 * Weights of the Parzen estimators' mixture components, as Optuna's {@code default_weights}
 * ({@code optuna/samplers/_tpe/sampler.py}) and the prior handling of {@code _ParzenEstimator}
 * ({@code optuna/samplers/_tpe/parzen_estimator.py}): Bergstra et al. 2013, "Making a Science of
 * Model Search", ramp the weight of old observations down once there are 25 or more.
 */
final class TpeWeights {

    private TpeWeights() {
    }

    /**
     * Optuna's {@code default_weights(n)}: {@code n} ones below 25 observations; otherwise
     * {@code numpy.linspace(1/n, 1, n - 25)} for the oldest {@code n - 25} followed by 25 ones.
     *
     * @return a new array of length {@code n}, oldest observation first
     */
    static double[] observationWeights(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of observations must be >= 0, got " + n);
        }
        double[] weights = new double[n];
        Arrays.fill(weights, 1.0);
        if (n >= 25) {
            int rampLength = n - 25;
            double start = 1.0 / n;
            // numpy.linspace: start + i * step, with the last point set to stop exactly
            double step = (1.0 - start) / (rampLength - 1);
            for (int i = 0; i < rampLength; i++) {
                weights[i] = rampLength == 1 ? start : start + i * step;
            }
            if (rampLength > 1) {
                weights[rampLength - 1] = 1.0;
            }
        }
        return weights;
    }

    /**
     * The normalised mixture weights of a Parzen estimator over {@code n} observations plus the
     * prior component: {@code [1.0]} when {@code n == 0}, else
     * {@code observationWeights(n)} followed by {@code priorWeight}, divided by their sum.
     *
     * @return a new array of length {@code n + 1} (or 1), summing to 1
     */
    static double[] mixture(int n, double priorWeight) {
        if (n == 0) {
            return new double[] {1.0};
        }
        double[] weights = Arrays.copyOf(observationWeights(n), n + 1);
        weights[n] = priorWeight;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }
}
