package io.bellamy.adaptation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.CorrectionPenalties;
import io.bellamy.model.TrainingReport.ErrorQuantiles;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The choice of network weight and penalties on synthetic held-out cases whose truth is known:
 * a context that is its prior times a constant gets no level penalty and exact intervals; runs
 * that are noise around the prior get strong penalties; the weight picks the curve that is right
 * (including the geometric middle of two wrong ones); no usable case gives the defaults.
 */
class CalibrationTest {

    private static final int[] SCALE_OUTS = {2, 4, 6, 8, 10, 12};
    private static final int MAX_K = 3;
    private static final int LO = 2;
    private static final int HI = 12;
    /** Exact arithmetic up to rounding. */
    private static final double EXACT = 1e-12;

    /** A smooth, non-Ernest, context-specific runtime curve. */
    private static IntToDoubleFunction truth(int c) {
        double a = 1 + 0.1 * c;
        return n -> a * (40 + 600.0 / n + 0.5 * n) * (1 + 0.2 * Math.sin(n + c));
    }

    /** A curve that is wrong by a non-power-law factor. */
    private static IntToDoubleFunction bad(IntToDoubleFunction t) {
        return n -> t.applyAsDouble(n) * 2 * Math.pow(n, 0.6) * (1 + 0.3 * Math.sin(2 * n));
    }

    /** The runtime at a scale-out; {@code (context, n) -> seconds}. */
    private interface Observed {
        double at(int context, int n);
    }

    /**
     * For each context, one case per {@code k = 0..MAX_K}: the first {@code k} scale-outs of a
     * context-specific rotation are given (one run each), the rest tested on {@code observed}.
     */
    private static List<CalibrationCase> cases(int contexts, java.util.function.IntFunction<PriorCurve> network,
            java.util.function.IntFunction<PriorCurve> global, Observed given, Observed tested) {
        List<CalibrationCase> out = new ArrayList<>();
        for (int c = 0; c < contexts; c++) {
            PriorCurve net = network.apply(c);
            PriorCurve glob = global == null ? null : global.apply(c);
            for (int k = 0; k <= MAX_K; k++) {
                List<RunRecord> runs = new ArrayList<>();
                int[] tests = new int[SCALE_OUTS.length - k];
                double[] runtimes = new double[tests.length];
                for (int i = 0; i < SCALE_OUTS.length; i++) {
                    int n = SCALE_OUTS[(i + c) % SCALE_OUTS.length];
                    if (i < k) {
                        runs.add(Fixtures.run(c, n, given.at(c, n)));
                    } else {
                        tests[i - k] = n;
                        runtimes[i - k] = tested.at(c, n);
                    }
                }
                out.add(new CalibrationCase(k, net, glob, runs, tests, runtimes));
            }
        }
        return out;
    }

    private static PriorCurve curve(IntToDoubleFunction f) {
        return Fixtures.curve(f, LO, HI);
    }

    /** The curves of {@link #truth} for the first 100 contexts (fitted once). */
    private static final PriorCurve[] TRUTH = java.util.stream.IntStream.range(0, 100)
            .mapToObj(c -> curve(truth(c))).toArray(PriorCurve[]::new);

    @Test
    void aConstantFactorOffThePriorGetsNoLevelPenaltyAndExactIntervals() {
        int contexts = 20;
        IntToDoubleFunction factor = c -> Math.exp(0.8 * Math.sin(3 * c + 1));
        Observed truth = (c, n) -> TRUTH[c].runtime(n) * factor.applyAsDouble(c);
        List<CalibrationCase> cases = cases(contexts, c -> TRUTH[c], null, truth, truth);

        AdaptationSettings s = Calibration.choose(cases);
        assertEquals(1.0, s.networkWeight(), 0.0, "no global model: the network alone");
        assertEquals(cases.size(), s.cases());
        assertEquals(MAX_K + 1, s.penalties().size());
        assertEquals(MAX_K + 1, s.logErrors().size());
        for (int k = 1; k <= MAX_K; k++) {
            assertEquals(0.0, s.penalties(k).level(), 0.0, "k=" + k);
            ErrorQuantiles q = s.logErrors().get(k);
            assertTrue(q.q99() < EXACT, "exact intervals at k=" + k + ": " + q);
            assertTrue(s.logHalfWidth(k, 0.9) < EXACT);
        }
        // k = 0 is the prior alone: |ln(prior / truth)| = |ln factor| at each test point
        List<Double> expected = new ArrayList<>();
        for (int c = 0; c < contexts; c++) {
            for (int t = 0; t < SCALE_OUTS.length; t++) {
                expected.add(Math.abs(Math.log(factor.applyAsDouble(c))));
            }
        }
        ErrorQuantiles want = ErrorQuantiles.of(expected.stream().mapToDouble(d -> d).toArray());
        ErrorQuantiles got = s.logErrors().get(0);
        assertEquals(want.q50(), got.q50(), EXACT);
        assertEquals(want.q90(), got.q90(), EXACT);
        assertEquals(want.q95(), got.q95(), EXACT);
        assertEquals(want.q99(), got.q99(), EXACT);
        // a larger k than calibrated uses the last entry
        assertEquals(s.logHalfWidth(MAX_K, 0.9), s.logHalfWidth(MAX_K + 4, 0.9), 0.0);
        assertEquals(s.penalties(MAX_K), s.penalties(MAX_K + 4));
    }

    /** Cases whose runs are log-normal noise (sigma 0.15) around a prior that is the truth. */
    private static List<CalibrationCase> noiseCases(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Observed noisy = (c, n) -> TRUTH[c].runtime(n) * Math.exp(0.15 * rng.nextGaussian());
        return cases(100, c -> TRUTH[c], null, noisy, noisy);
    }

    @Test
    void noiseAroundThePriorGetsStrongPenalties() {
        for (long seed : new long[] {1, 2}) {
            AdaptationSettings s = Calibration.choose(noiseCases(seed));
            for (int k = 1; k <= MAX_K; k++) {
                CorrectionPenalties p = s.penalties(k);
                assertEquals(Calibration.LEVEL_GRID.get(0), p.level(), 0.0,
                        "the strongest level penalty, seed " + seed + " k=" + k + ": " + p);
                assertTrue(p.slope() >= 4, "a strong slope penalty, seed " + seed + " k=" + k
                        + ": " + p);
            }
            // the errors are the noise: median |ln error| near that of the difference of two
            // N(0, 0.15^2) draws shrunk towards one, between 0.6745 * 0.15 and 0.6745 * 0.15 * sqrt(2)
            for (int k = 0; k <= MAX_K; k++) {
                double q50 = s.logErrors().get(k).q50();
                assertTrue(q50 > 0.6745 * 0.15 * 0.85 && q50 < 0.6745 * 0.15 * Math.sqrt(2) * 1.1,
                        "seed " + seed + " k=" + k + ": " + q50);
            }
        }
    }

    @Test
    void theNetworkAloneWhenTheGlobalCurveIsBad() {
        Observed truth = (c, n) -> TRUTH[c].runtime(n);
        var s = Calibration.choose(cases(10, c -> TRUTH[c], c -> curve(bad(truth(c))),
                truth, truth));
        assertEquals(1.0, s.networkWeight(), 0.0);
        assertTrue(s.logErrors().get(0).q99() < EXACT, "the network is the truth");
    }

    @Test
    void theGlobalModelAloneWhenTheNetworkCurveIsBad() {
        Observed truth = (c, n) -> TRUTH[c].runtime(n);
        var s = Calibration.choose(cases(10, c -> curve(bad(truth(c))), c -> TRUTH[c],
                truth, truth));
        assertEquals(0.0, s.networkWeight(), 0.0);
        assertTrue(s.logErrors().get(0).q99() < EXACT, "the global model is the truth");
    }

    @Test
    void theGeometricMiddleOfTwoOppositelyWrongCurves() {
        // net = T n^0.4 and global = T n^-0.4: net^0.5 global^0.5 = T
        Observed truth = (c, n) -> TRUTH[c].runtime(n);
        var s = Calibration.choose(cases(10,
                c -> curve(n -> truth(c).applyAsDouble(n) * Math.pow(n, 0.4)),
                c -> curve(n -> truth(c).applyAsDouble(n) * Math.pow(n, -0.4)), truth, truth));
        assertEquals(0.5, s.networkWeight(), 0.0);
        assertTrue(s.logErrors().get(0).q99() < 1e-9, "the blend is the truth: " + s.logErrors());
    }

    @Test
    void aCaseWithoutGlobalModelLeavesOnlyTheNetwork() {
        Observed truth = (c, n) -> TRUTH[c].runtime(n);
        List<CalibrationCase> cases = new ArrayList<>(cases(10, c -> curve(bad(truth(c))),
                c -> TRUTH[c], truth, truth));
        CalibrationCase first = cases.get(0);
        cases.set(0, new CalibrationCase(first.k(), first.network(), null, first.given(),
                first.testScaleOuts(), first.testRuntimes()));
        assertEquals(1.0, Calibration.choose(cases).networkWeight(), 0.0);
    }

    @Test
    void noUsableCaseGivesTheDefaults() {
        assertSame(AdaptationSettings.DEFAULTS, Calibration.choose(List.of()));
        PriorCurve prior = curve(n -> 100.0);
        List<CalibrationCase> noTests = List.of(
                new CalibrationCase(0, prior, null, List.of(), new int[0], new double[0]),
                new CalibrationCase(2, prior, null, List.of(Fixtures.run(2, 90), Fixtures.run(4, 80)),
                        new int[0], new double[0]));
        assertSame(AdaptationSettings.DEFAULTS, Calibration.choose(noTests));
    }

    @Test
    void casesWithoutTestPointsAreLeftOutOfTheCount() {
        Observed truth = (c, n) -> TRUTH[c].runtime(n) * 1.5;
        List<CalibrationCase> cases = new ArrayList<>(cases(5, c -> TRUTH[c], null, truth,
                truth));
        int usable = cases.size();
        cases.add(new CalibrationCase(1, curve(n -> 100.0), null, List.of(Fixtures.run(2, 1)),
                new int[0], new double[0]));
        assertEquals(usable, Calibration.choose(cases).cases());
    }
}
