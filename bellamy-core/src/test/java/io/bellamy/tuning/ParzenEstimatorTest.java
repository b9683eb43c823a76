package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Kernels, bandwidths and densities worked out by hand from Optuna 5.0's
 * {@code parzen_estimator.py}, and cross-checked against the values its {@code _ParzenEstimator}
 * prints for the same observations.
 */
class ParzenEstimatorTest {

    private static final double EXACT = 0.0;
    private static final double ROUNDING = 1e-15;
    /** Densities go through erf; implementations agree far below this. */
    private static final double DENSITY_TOL = 1e-12;

    @Test
    void categoricalKernelsSmoothEachObservationWithThePrior() {
        // 3 choices, observations [0, 0, 2], prior weight 1: K = 4 kernels start at 1/4 each;
        // an observation adds 1 on its choice -> [1.25, .25, .25] / 1.75 = [5/7, 1/7, 1/7]
        CategoricalParzenEstimator estimator =
                new CategoricalParzenEstimator(3, new double[] {0, 0, 2}, 1.0);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, estimator.weights(), EXACT);
        assertArrayEquals(new double[] {5.0 / 7, 1.0 / 7, 1.0 / 7}, estimator.kernel(0), ROUNDING);
        assertArrayEquals(new double[] {5.0 / 7, 1.0 / 7, 1.0 / 7}, estimator.kernel(1), ROUNDING);
        assertArrayEquals(new double[] {1.0 / 7, 1.0 / 7, 5.0 / 7}, estimator.kernel(2), ROUNDING);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, estimator.kernel(3), ROUNDING);
        // p(0) = (5/7 + 5/7 + 1/7 + 1/3) / 4 = 10/21, p(1) = 4/21, p(2) = 7/21
        assertEquals(Math.log(10.0 / 21), estimator.logPdf(0), DENSITY_TOL);
        assertEquals(Math.log(4.0 / 21), estimator.logPdf(1), DENSITY_TOL);
        assertEquals(Math.log(7.0 / 21), estimator.logPdf(2), DENSITY_TOL);
        assertEquals(-0.7419373447293773, estimator.logPdf(0), DENSITY_TOL);
    }

    @Test
    void categoricalWithoutObservationsIsUniform() {
        CategoricalParzenEstimator estimator =
                new CategoricalParzenEstimator(2, new double[0], 1.0);
        assertArrayEquals(new double[] {1.0}, estimator.weights(), EXACT);
        assertEquals(Math.log(0.5), estimator.logPdf(0), DENSITY_TOL);
        assertEquals(Math.log(0.5), estimator.logPdf(1), DENSITY_TOL);
    }

    @Test
    void floatBandwidthsUseNeighboursWithoutEndpointsAndTheMagicClip() {
        // [0, 10], observations 2, 3, 9: sorted with ends [0, 2, 3, 9, 10];
        // max gap to neighbours: 2 -> 2, 3 -> 6, 9 -> 6; without endpoints the smallest uses
        // its inner gap 3 - 2 = 1 and the largest 9 - 3 = 6; clip to [10 / min(100, 5), 10]
        // = [2, 10] gives 2, 6, 6; the prior sits at 5 with bandwidth 10
        NumericalParzenEstimator estimator = NumericalParzenEstimator.fit(
                ParamSpec.floatRange("x", 0, 10, false), new double[] {2, 3, 9}, 1.0);
        assertArrayEquals(new double[] {2, 3, 9, 5}, estimator.mus(), EXACT);
        assertArrayEquals(new double[] {2, 6, 6, 10}, estimator.kernelSigmas(), EXACT);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, estimator.weights(), EXACT);
        double[] xs = {0.0, 2.0, 5.0, 9.5, 10.0};
        double[] optuna = {-2.3487496318340644, -2.0417723880023315, -2.3071991684241837,
            -2.617506193659224, -2.6506662885697905};
        for (int i = 0; i < xs.length; i++) {
            assertEquals(optuna[i], estimator.logPdf(xs[i]), DENSITY_TOL, "x = " + xs[i]);
        }
    }

    @Test
    void sigmasOfOneObservationUseTheLargerGapToTheEnds() {
        // [-5, 5], observation 1: no endpoint correction with a single observation;
        // max(1 - (-5), 5 - 1) = 6
        assertArrayEquals(new double[] {6}, NumericalParzenEstimator.sigmas(
                new double[] {1}, -5, 5), EXACT);
        NumericalParzenEstimator estimator = NumericalParzenEstimator.fit(
                ParamSpec.floatRange("x", -5, 5, false), new double[] {1}, 1.0);
        assertEquals(-2.227752718839638, estimator.logPdf(0.0), DENSITY_TOL);
    }

    @Test
    void withoutObservationsOnlyThePriorRemains() {
        NumericalParzenEstimator estimator = NumericalParzenEstimator.fit(
                ParamSpec.floatRange("x", -5, 5, false), new double[0], 1.0);
        assertArrayEquals(new double[] {0}, estimator.mus(), EXACT);
        assertArrayEquals(new double[] {10}, estimator.kernelSigmas(), EXACT);
        assertEquals(-2.261607292503096, estimator.logPdf(0.0), DENSITY_TOL);
        assertEquals(-2.386607292503096, estimator.logPdf(5.0), DENSITY_TOL);
    }

    @Test
    void logFloatsWorkOnLogValues() {
        NumericalParzenEstimator estimator = NumericalParzenEstimator.fit(
                ParamSpec.floatRange("lr", 1e-3, 1.0, true), new double[] {0.01, 0.1, 0.5}, 1.0);
        assertArrayEquals(new double[] {Math.log(0.01), Math.log(0.1), Math.log(0.5),
            0.5 * (Math.log(1e-3) + Math.log(1.0))}, estimator.mus(), ROUNDING);
        assertArrayEquals(new double[] {2.3025850929940455, 2.3025850929940455, 1.6094379124341,
            6.907755278982137}, estimator.kernelSigmas(), ROUNDING * 10);
        assertEquals(-2.6230244771804934, estimator.logPdf(0.001), DENSITY_TOL);
        assertEquals(-1.8137286711359781, estimator.logPdf(0.05), DENSITY_TOL);
        assertEquals(-1.8498576515257252, estimator.logPdf(1.0), DENSITY_TOL);
    }

    @Test
    void intsWidenTheRangeByHalfAStepAndTiesKeepIndexOrder() {
        // [1, 5] -> [0.5, 5.5]; observations 2, 2, 4: sorted with ends [0.5, 2, 2, 4, 5.5];
        // gaps: first 2 -> max(1.5, 0) but as the smallest it takes its inner gap 0; the second
        // 2 -> max(0, 2) = 2; 4 as the largest takes 4 - 2 = 2; clip to [5 / 5, 5] -> 1, 2, 2
        NumericalParzenEstimator estimator = NumericalParzenEstimator.fit(
                ParamSpec.intRange("n", 1, 5, false), new double[] {2, 2, 4}, 1.0);
        assertArrayEquals(new double[] {2, 2, 4, 3}, estimator.mus(), EXACT);
        assertArrayEquals(new double[] {1, 2, 2, 5}, estimator.kernelSigmas(), EXACT);
        double[] xs = {1, 2, 3, 5};
        double[] optuna = {-1.6362834702749696, -1.3389007812291234, -1.4444585656143338,
            -2.028529039680252};
        for (int i = 0; i < xs.length; i++) {
            assertEquals(optuna[i], estimator.logPdf(xs[i]), DENSITY_TOL, "x = " + xs[i]);
        }
        // the probabilities of all ints sum to 1
        double total = 0;
        for (int x = 1; x <= 5; x++) {
            total += Math.exp(estimator.logPdf(x));
        }
        assertEquals(1.0, total, DENSITY_TOL);
    }

    @Test
    void logIntsWorkOnTheLogOfTheWidenedRange() {
        NumericalParzenEstimator estimator = NumericalParzenEstimator.fit(
                ParamSpec.intRange("n", 1, 100, true), new double[] {3, 10, 50}, 1.0);
        assertArrayEquals(new double[] {1.2039728043259361, 1.6094379124341, 1.6094379124341,
            5.303304908059076}, estimator.kernelSigmas(), ROUNDING * 10);
        assertEquals(-1.9900794215835305, estimator.logPdf(1), DENSITY_TOL);
        assertEquals(-3.7761583240118535, estimator.logPdf(10), DENSITY_TOL);
        assertEquals(-6.47314370290124, estimator.logPdf(100), DENSITY_TOL);
    }

    @Test
    void samplesStayInRangeAndFollowTheMixture() {
        NumericalParzenEstimator floats = NumericalParzenEstimator.fit(
                ParamSpec.floatRange("x", 0, 10, false), new double[] {2, 3, 9}, 1.0);
        NumericalParzenEstimator ints = NumericalParzenEstimator.fit(
                ParamSpec.intRange("n", 1, 5, false), new double[] {2, 2, 4}, 1.0);
        SplittableRandom rng = new SplittableRandom(7);
        double[] floatSamples = floats.sample(rng, 20_000);
        double[] intSamples = ints.sample(rng, 20_000);
        int[] counts = new int[6];
        for (int i = 0; i < floatSamples.length; i++) {
            assertTrue(floatSamples[i] >= 0 && floatSamples[i] <= 10, "" + floatSamples[i]);
            assertEquals(Math.rint(intSamples[i]), intSamples[i]);
            counts[(int) intSamples[i]]++;
        }
        // sampling frequencies match the probabilities within 4 binomial standard deviations
        for (int x = 1; x <= 5; x++) {
            double p = Math.exp(ints.logPdf(x));
            double sd = Math.sqrt(p * (1 - p) / 20_000);
            assertEquals(p, counts[x] / 20_000.0, 4 * sd, "int " + x);
        }
    }

    @Test
    void categoricalSamplingFrequenciesMatchTheMixture() {
        CategoricalParzenEstimator estimator =
                new CategoricalParzenEstimator(3, new double[] {0, 0, 2}, 1.0);
        double[] samples = estimator.sample(new SplittableRandom(11), 21_000);
        int[] counts = new int[3];
        for (double s : samples) {
            counts[(int) s]++;
        }
        double[] expected = {10.0 / 21, 4.0 / 21, 7.0 / 21};
        for (int c = 0; c < 3; c++) {
            double sd = Math.sqrt(expected[c] * (1 - expected[c]) / 21_000);
            assertEquals(expected[c], counts[c] / 21_000.0, 4 * sd, "choice " + c);
        }
    }

    @Test
    void pickFollowsCumulativeWeights() {
        double[] weights = {0.25, 0.5, 0.25};
        assertEquals(0, ParzenEstimator.pick(weights, 0.0));
        assertEquals(0, ParzenEstimator.pick(weights, 0.2499));
        assertEquals(1, ParzenEstimator.pick(weights, 0.25));
        assertEquals(2, ParzenEstimator.pick(weights, 0.75));
        assertEquals(2, ParzenEstimator.pick(weights, 0.9999));
    }
}
