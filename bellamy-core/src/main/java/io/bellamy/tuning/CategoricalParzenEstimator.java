package io.bellamy.tuning;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Optuna 5.0's categorical Parzen estimator ({@code _calculate_categorical_distributions} in
 * {@code optuna/samplers/_tpe/parzen_estimator.py}). With {@code n} observations there are
 * {@code K = n + 1} kernels over the {@code C} choices: every kernel starts from
 * {@code priorWeight / K} on each choice, an observation's kernel adds 1 on its observed
 * choice, the last (prior) kernel adds nothing, and each kernel is normalised to sum to 1. The
 * kernels are mixed by {@link TpeWeights#mixture(int, double)}. Without observations the
 * estimator is uniform.
 */
final class CategoricalParzenEstimator implements ParzenEstimator {

    private final double[] weights;
    private final double[][] kernels;

    /**
     * @param nChoices the number of choices, at least 1
     * @param observations observed choice indices, oldest first; not modified
     * @param priorWeight the prior weight, finite and {@code >= 0}
     */
    CategoricalParzenEstimator(int nChoices, double[] observations, double priorWeight) {
        int n = observations.length;
        this.weights = TpeWeights.mixture(n, priorWeight);
        if (n == 0) {
            double[] uniform = new double[nChoices];
            Arrays.fill(uniform, 1.0 / nChoices);
            this.kernels = new double[][] {uniform};
            return;
        }
        int nKernels = n + 1;
        this.kernels = new double[nKernels][nChoices];
        for (int k = 0; k < nKernels; k++) {
            Arrays.fill(kernels[k], priorWeight / nKernels);
            if (k < n) {
                kernels[k][(int) observations[k]] += 1.0;
            }
            double rowSum = 0;
            for (double p : kernels[k]) {
                rowSum += p;
            }
            if (rowSum != 0) {
                for (int c = 0; c < nChoices; c++) {
                    kernels[k][c] /= rowSum;
                }
            }
        }
    }

    @Override
    public double[] sample(SplittableRandom rng, int n) {
        int[] components = new int[n];
        for (int i = 0; i < n; i++) {
            components[i] = ParzenEstimator.pick(weights, rng.nextDouble());
        }
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            samples[i] = ParzenEstimator.pick(kernels[components[i]], rng.nextDouble());
        }
        return samples;
    }

    @Override
    public double logPdf(double value) {
        int choice = (int) value;
        double p = 0;
        for (int k = 0; k < weights.length; k++) {
            p += weights[k] * kernels[k][choice];
        }
        return Math.log(p);
    }

    /** The mixture weights (a copy), observation kernels first, prior last. */
    double[] weights() {
        return weights.clone();
    }

    /** The probabilities of kernel {@code k} over the choices (a copy). */
    double[] kernel(int k) {
        return kernels[k].clone();
    }
}
