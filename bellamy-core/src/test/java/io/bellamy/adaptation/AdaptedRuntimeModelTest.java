package io.bellamy.adaptation;

import static io.bellamy.adaptation.Fixtures.rel;
import static io.bellamy.adaptation.Fixtures.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.CorrectionPenalties;
import io.bellamy.model.TrainingReport.ErrorQuantiles;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The default predictor's model of one context: positive predictions, intervals from the
 * calibrated log-error quantiles of its number of given scale-outs, the prior corrected by the
 * given runs, and Ernest on the context's own runs when three or more scale-outs are given and
 * any lies outside the pre-training range [{@value #LO}, {@value #HI}].
 */
class AdaptedRuntimeModelTest {

    /** Exact arithmetic up to rounding. */
    private static final double EXACT = 1e-12;
    /** Ernest recovered by NNLS from exact runs. */
    private static final double RECOVERY = 1e-7;
    private static final int LO = 2;
    private static final int HI = 16;
    private static final int FAR = 300;

    /** No penalties (exact corrections) and per-k log-error quantiles that differ per k. */
    private static final AdaptationSettings EXACT_SETTINGS = new AdaptationSettings(1.0,
            List.of(new CorrectionPenalties(0, 0)),
            List.of(new ErrorQuantiles(0.4, 0.8, 1.0, 1.5), new ErrorQuantiles(0.2, 0.5, 0.6, 0.9),
                    new ErrorQuantiles(0.1, 0.3, 0.4, 0.5), new ErrorQuantiles(0.05, 0.2, 0.25, 0.3)),
            100);

    private static PriorModels network(IntToDoubleFunction f) {
        FittedRuntimeModel net = q -> f.applyAsDouble(q.instanceCount());
        return new PriorModels(net, null, LO, HI, 100);
    }

    private static double ernest(double[] theta, int n) {
        return theta[0] + theta[1] * Fixtures.SIZE_MB / n + theta[2] * Math.log(n) + theta[3] * n;
    }

    @Test
    void predictionsArePositiveWhateverTheNetworkSays() {
        PriorModels models = network(n -> 200 - 20.0 * n);  // <= 0 from n = 10
        for (List<RunRecord> given : List.of(List.<RunRecord>of(), List.of(run(4, 90)),
                List.of(run(2, 150), run(4, 90)), List.of(run(2, 150), run(3, 30), run(12, 200)))) {
            var m = new AdaptedRuntimeModel(models, given, AdaptationSettings.DEFAULTS);
            for (int n = 1; n <= FAR; n++) {
                double p = m.predict(run(n, 1));
                assertTrue(p > 0 && Double.isFinite(p), "k=" + given.size() + " n=" + n + ": " + p);
            }
        }
    }

    @Test
    void theIntervalIsThePredictionTimesExpOfTheCalibratedHalfWidthForK() {
        PriorModels models = network(n -> 30 + 600.0 / n);
        int[] scaleOuts = {2, 4, 8, 16, 32};
        for (int k = 0; k <= 5; k++) {
            List<RunRecord> given = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                // two repetitions each: k counts scale-outs, not runs
                given.add(run(scaleOuts[i], 40 + 500.0 / scaleOuts[i]));
                given.add(run(scaleOuts[i], 44 + 500.0 / scaleOuts[i]));
            }
            var m = new AdaptedRuntimeModel(models, given, EXACT_SETTINGS);
            assertEquals(k, m.givenScaleOuts());
            for (double confidence : new double[] {0.5, 0.9, 0.95}) {
                double w = EXACT_SETTINGS.logHalfWidth(k, confidence);
                for (int n : new int[] {1, 3, 16, 100}) {
                    double p = m.predict(run(n, 1));
                    double[] interval = m.interval(run(n, 1), confidence).orElseThrow();
                    assertArrayEquals(new double[] {p * Math.exp(-w), p * Math.exp(w)}, interval,
                            EXACT * p);
                    assertTrue(interval[0] <= p && p <= interval[1]);
                }
            }
        }
        // the quantiles used: k = 1 at 90% is 0.5, k = 5 uses the last entry (0.2)
        var one = new AdaptedRuntimeModel(models, List.of(run(4, 100)), EXACT_SETTINGS);
        double[] i1 = one.interval(run(8, 1), 0.9).orElseThrow();
        assertEquals(Math.exp(1.0), i1[1] / i1[0], EXACT);
        var five = new AdaptedRuntimeModel(models, Fixtures.runs(0,
                n -> 40 + 500.0 / n + 3 * Math.sin(n), 2, 4, 8, 16, 32), EXACT_SETTINGS);
        double[] i5 = five.interval(run(8, 1), 0.9).orElseThrow();
        assertEquals(Math.exp(0.4), i5[1] / i5[0], EXACT);
    }

    @Test
    void aContextOffThePriorByAConstantFactorKeepsTheCorrectedPrior() {
        IntToDoubleFunction shape = n -> 400 * Math.pow(n, -0.6) * (1 + 0.2 * Math.sin(n));
        PriorModels models = network(shape);
        PriorCurve prior = models.networkCurve(run(2, 1));
        List<RunRecord> given = Fixtures.runs(0, n -> 2.5 * prior.runtime(n), 2, 5, 9, 14);
        var m = new AdaptedRuntimeModel(models, given, EXACT_SETTINGS);
        assertEquals(4, m.givenScaleOuts());
        for (int n = 1; n <= FAR; n++) {
            double expected = 2.5 * prior.runtime(n);
            assertEquals(expected, m.predict(run(n, 1)), 1e-10 * expected, "n=" + n);
        }
        assertFalse(m.choseErnest(), "leaving one out, the corrected prior is exact");
        assertEquals(Math.log(2.5), m.correction().level(), EXACT);
        assertEquals(0.0, m.correction().slope(), EXACT);
    }

    @Test
    void insideThePretrainingRangeTheCorrectedPriorIsKept() {
        PriorModels models = network(n -> 5.0 * n);  // grows with n: the wrong shape
        double[] theta = {15, 0.5, 4, 0.3};
        List<RunRecord> given = Fixtures.runs(0, n -> ernest(theta, n), 2, 4, 8, 12, 16);
        var m = new AdaptedRuntimeModel(models, given, AdaptationSettings.DEFAULTS);
        assertFalse(m.choseErnest(), "every given scale-out lies inside [2, 16]");
        assertTrue(m.predict(run(64, 1)) > 0);
    }

    @Test
    void anErnestContextOutsideThePretrainingRangeUsesErnest() {
        PriorModels models = network(n -> 5.0 * n);  // grows with n: the wrong shape
        double[] theta = {15, 0.5, 4, 0.3};
        List<RunRecord> given = Fixtures.runs(0, n -> ernest(theta, n), 20, 24, 32, 48, 64);
        var m = new AdaptedRuntimeModel(models, given, AdaptationSettings.DEFAULTS);
        assertTrue(m.choseErnest());
        for (int n = 1; n <= FAR; n++) {
            double expected = ernest(theta, n);
            assertTrue(rel(m.predict(run(n, 1)), expected) < RECOVERY, "n=" + n);
        }
    }

    @Test
    void threeScaleOutsOneOutsideTheRangeAreEnoughForErnest() {
        PriorModels models = network(n -> 5.0 * n);
        double[] theta = {15, 0.5, 0, 0};  // 15 + 500 / n
        List<RunRecord> given = Fixtures.runs(0, n -> ernest(theta, n), 4, 12, 24);
        var m = new AdaptedRuntimeModel(models, given, AdaptationSettings.DEFAULTS);
        assertEquals(3, m.givenScaleOuts());
        assertTrue(m.choseErnest());
        for (int n = 1; n <= FAR; n++) {
            double expected = ernest(theta, n);
            assertTrue(rel(m.predict(run(n, 1)), expected) < RECOVERY, "n=" + n);
        }
    }

    @Test
    void fewerThanThreeScaleOutsNeverChooseErnest() {
        PriorModels models = network(n -> 5.0 * n);
        double[] theta = {15, 0.5, 0, 0};
        List<RunRecord> given = Fixtures.runs(0, n -> ernest(theta, n), 2, 12);
        var m = new AdaptedRuntimeModel(models, given, EXACT_SETTINGS);
        m.predict(run(4, 1));
        assertFalse(m.choseErnest());
        // the prior 5n corrected by a power law through both points: exact at both
        assertEquals(ernest(theta, 2), m.predict(run(2, 1)), EXACT * ernest(theta, 2));
        assertEquals(ernest(theta, 12), m.predict(run(12, 1)), EXACT * ernest(theta, 12));
    }

    @Test
    void withoutRunsThePriorOfTheFirstQueryIsUsedAsItIs() {
        IntToDoubleFunction net = n -> 30 + 600.0 / n;
        IntToDoubleFunction glob = n -> 10 + 2.0 * n;
        PriorModels models = new PriorModels(q -> net.applyAsDouble(q.instanceCount()),
                q -> glob.applyAsDouble(q.instanceCount()), LO, HI, 100);
        var settings = new AdaptationSettings(0.25, EXACT_SETTINGS.penalties(),
                EXACT_SETTINGS.logErrors(), 1);
        var m = new AdaptedRuntimeModel(models, List.of(), settings);
        assertSame(LogLinearCorrection.NONE, m.correction());
        assertEquals(0, m.givenScaleOuts());
        for (int n = LO; n <= HI; n++) {
            double expected = Math.pow(net.applyAsDouble(n), 0.25)
                    * Math.pow(glob.applyAsDouble(n), 0.75);
            assertEquals(expected, m.predict(run(n, 1)), EXACT * expected, "n=" + n);
        }
        assertFalse(m.choseErnest());
    }

    @Test
    void theCorrectionIsFittedWithThePenaltiesOfK() {
        PriorModels models = network(n -> 100.0);
        var settings = new AdaptationSettings(1.0, List.of(new CorrectionPenalties(0, 0),
                new CorrectionPenalties(1, 0), new CorrectionPenalties(3, Double.POSITIVE_INFINITY)),
                EXACT_SETTINGS.logErrors(), 1);
        var one = new AdaptedRuntimeModel(models, List.of(run(4, 400)), settings);
        assertEquals(Math.log(4) / 2, one.correction().level(), EXACT, "level penalty 1 at k=1");
        assertEquals(200.0, one.predict(run(50, 1)), 200 * EXACT);
        var two = new AdaptedRuntimeModel(models, List.of(run(2, 400), run(8, 100)), settings);
        // r = (ln 4, 0): level = ln 4 / (k + 3)
        assertEquals(Math.log(4) / (2 + 3), two.correction().level(), EXACT, "k=2 uses the last");
        assertEquals(0.0, two.correction().slope(), 0.0);
    }

    @Test
    void concurrentFirstPredictionsAgreeWithSequentialOnes() throws Exception {
        PriorModels models = network(n -> 30 + 600.0 / n + Math.sin(n));
        List<List<RunRecord>> givens = List.of(List.of(),
                Fixtures.runs(0, n -> 50 + 300.0 / n, 2, 4, 8, 16));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (List<RunRecord> given : givens) {
                var reference = new AdaptedRuntimeModel(models, given, EXACT_SETTINGS);
                double[] expected = new double[64];
                for (int n = 1; n <= 64; n++) {
                    expected[n - 1] = reference.predict(run(n, 1));
                }
                var shared = new AdaptedRuntimeModel(models, given, EXACT_SETTINGS);
                List<Future<double[]>> futures = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int offset = t;
                    futures.add(pool.submit(() -> {
                        double[] out = new double[64];
                        for (int i = 0; i < 64; i++) {
                            int n = 1 + (i + 16 * offset) % 64;
                            out[n - 1] = shared.predict(run(n, 1));
                        }
                        return out;
                    }));
                }
                for (Future<double[]> f : futures) {
                    assertArrayEquals(expected, f.get(), 0.0);
                }
                assertEquals(reference.choseErnest(), shared.choseErnest());
                assertEquals(reference.correction(), shared.correction());
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotEquals(0, givens.get(1).size());
    }
}
