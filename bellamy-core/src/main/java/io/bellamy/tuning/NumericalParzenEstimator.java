package io.bellamy.tuning;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Optuna 5.0's Parzen estimator for a float or int parameter
 * ({@code _calculate_numerical_distributions} in {@code optuna/samplers/_tpe/parzen_estimator.py}
 * and the truncated-normal mixture of {@code probability_distributions.py}), for independent
 * sampling with the defaults {@code consider_magic_clip=True, consider_endpoints=False}.
 *
 * <p>Work happens in a transformed space: an int's range is widened by half a step on each side,
 * and a log parameter's values and bounds are logged. There the mixture has one Gaussian per
 * observation (mean = the observation) plus a prior Gaussian (mean = mid-range, standard
 * deviation = the range), each truncated to the range. An observation's bandwidth is the larger
 * gap to its sorted neighbours, the range ends counting as neighbours, except that the smallest
 * and largest observations use the gap to their inner neighbour (when there are at least two);
 * bandwidths are then clipped to {@code [range / min(100, n + 2), range]} (the "magic clip").
 * A float's density is the truncated-normal density; an int's probability is the mass of
 * {@code [x - 1/2, x + 1/2]} (in log space when log) over the mass of the widened range.
 */
final class NumericalParzenEstimator implements ParzenEstimator {

    private final double low;
    private final double high;
    private final boolean log;
    private final boolean discrete;
    private final double externalLow;
    private final double externalHigh;
    private final double[] weights;
    private final double[] mus;
    private final double[] sigmas;
    private final double[] logMasses;

    private NumericalParzenEstimator(double low, double high, boolean log, boolean discrete,
            double externalLow, double externalHigh, double[] weights, double[] mus,
            double[] sigmas) {
        this.low = low;
        this.high = high;
        this.log = log;
        this.discrete = discrete;
        this.externalLow = externalLow;
        this.externalHigh = externalHigh;
        this.weights = weights;
        this.mus = mus;
        this.sigmas = sigmas;
        this.logMasses = new double[mus.length];
        for (int k = 0; k < mus.length; k++) {
            logMasses[k] = TruncatedNormal.logGaussMass(
                    (low - mus[k]) / sigmas[k], (high - mus[k]) / sigmas[k]);
        }
    }

    /**
     * Fits to the observations of a {@link FloatParam} or {@link IntParam}.
     *
     * @param observations values in the parameter's range, oldest first; not modified
     */
    static NumericalParzenEstimator fit(ParamSpec param, double[] observations,
            double priorWeight) {
        double externalLow;
        double externalHigh;
        boolean log;
        boolean discrete;
        if (param instanceof FloatParam floatParam) {
            externalLow = floatParam.low();
            externalHigh = floatParam.high();
            log = floatParam.log();
            discrete = false;
        } else {
            IntParam intParam = (IntParam) param;
            externalLow = intParam.low();
            externalHigh = intParam.high();
            log = intParam.log();
            discrete = true;
        }
        double low = discrete ? externalLow - 0.5 : externalLow;
        double high = discrete ? externalHigh + 0.5 : externalHigh;
        double[] observed = observations.clone();
        if (log) {
            low = Math.log(low);
            high = Math.log(high);
            for (int i = 0; i < observed.length; i++) {
                observed[i] = Math.log(observed[i]);
            }
        }
        double[] sigmas = sigmas(observed, low, high);
        int n = observed.length;
        double[] mus = Arrays.copyOf(observed, n + 1);
        double[] allSigmas = Arrays.copyOf(sigmas, n + 1);
        mus[n] = 0.5 * (low + high);
        allSigmas[n] = high - low;
        return new NumericalParzenEstimator(low, high, log, discrete, externalLow, externalHigh,
                TpeWeights.mixture(n, priorWeight), mus, allSigmas);
    }

    /**
     * The clipped bandwidths of the observation kernels (Optuna's {@code compute_sigmas} with
     * magic clip and without endpoints).
     *
     * @param mus the observations in the transformed space, in any order; not modified
     * @param low the transformed lower bound
     * @param high the transformed upper bound
     * @return a new array, one bandwidth per observation, in the order of {@code mus}
     */
    static double[] sigmas(double[] mus, double low, double high) {
        int n = mus.length;
        // stable ascending order: ties keep their index order
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> mus[i]));
        double[] withEnds = new double[n + 2];
        withEnds[0] = low;
        for (int i = 0; i < n; i++) {
            withEnds[i + 1] = mus[order[i]];
        }
        withEnds[n + 1] = high;
        double[] sortedSigmas = new double[n];
        for (int i = 0; i < n; i++) {
            sortedSigmas[i] = Math.max(withEnds[i + 1] - withEnds[i],
                    withEnds[i + 2] - withEnds[i + 1]);
        }
        if (n + 2 >= 4) {
            sortedSigmas[0] = withEnds[2] - withEnds[1];
            sortedSigmas[n - 1] = withEnds[n] - withEnds[n - 1];
        }
        double maxSigma = high - low;
        double minSigma = (high - low) / Math.min(100.0, 1.0 + (n + 1));
        double[] sigmas = new double[n];
        for (int i = 0; i < n; i++) {
            sigmas[order[i]] = Math.min(maxSigma, Math.max(minSigma, sortedSigmas[i]));
        }
        return sigmas;
    }

    @Override
    public double[] sample(SplittableRandom rng, int n) {
        int[] components = new int[n];
        for (int i = 0; i < n; i++) {
            components[i] = ParzenEstimator.pick(weights, rng.nextDouble());
        }
        double[] samples = new double[n];
        for (int i = 0; i < n; i++) {
            int k = components[i];
            double a = (low - mus[k]) / sigmas[k];
            double b = (high - mus[k]) / sigmas[k];
            double x = TruncatedNormal.ppf(rng.nextDouble(), a, b) * sigmas[k] + mus[k];
            if (log) {
                x = Math.exp(x);
            }
            if (discrete) {
                x = externalLow + Math.rint(x - externalLow);
            }
            samples[i] = Math.min(externalHigh, Math.max(externalLow, x));
        }
        return samples;
    }

    @Override
    public double logPdf(double value) {
        double[] terms = new double[mus.length];
        if (discrete) {
            double left = log ? Math.log(value - 0.5) : value - 0.5;
            double right = log ? Math.log(value + 0.5) : value + 0.5;
            for (int k = 0; k < mus.length; k++) {
                terms[k] = Math.log(weights[k]) - logMasses[k] + TruncatedNormal.logGaussMass(
                        (left - mus[k]) / sigmas[k], (right - mus[k]) / sigmas[k]);
            }
        } else {
            double x = Math.min(high, Math.max(low, log ? Math.log(value) : value));
            for (int k = 0; k < mus.length; k++) {
                terms[k] = Math.log(weights[k]) + TruncatedNormal.logPdf(x,
                        (low - mus[k]) / sigmas[k], (high - mus[k]) / sigmas[k], mus[k],
                        sigmas[k], logMasses[k]);
            }
        }
        return logSumExp(terms);
    }

    private static double logSumExp(double[] terms) {
        double max = Double.NEGATIVE_INFINITY;
        for (double t : terms) {
            max = Math.max(max, t);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return Math.log(sum) + max;
    }

    /** The kernel means in the transformed space (a copy), observations first, prior last. */
    double[] mus() {
        return mus.clone();
    }

    /** The kernel bandwidths in the transformed space (a copy), prior last. */
    double[] kernelSigmas() {
        return sigmas.clone();
    }

    /** The mixture weights (a copy), prior last. */
    double[] weights() {
        return weights.clone();
    }
}
