package io.bellamy.adaptation;

import static io.bellamy.adaptation.Fixtures.rel;
import static io.bellamy.adaptation.Fixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import io.bellamy.model.CorrectionPenalties;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The log-space ridge correction: the closed forms {@code level = Σr/(k+λ)} and
 * {@code slope = Σxr/(Σx²+λ)} on hand-computed inputs, exact recovery of a power-law deviation
 * without penalties, repetitions averaged in log space with every scale-out weighing the same,
 * and the degenerate cases (no runs, one scale-out, infinite slope penalty).
 */
class LogLinearCorrectionTest {

    /** Exact arithmetic up to rounding. */
    private static final double EXACT = 1e-12;
    private static final double LN2 = Math.log(2);
    private static final CorrectionPenalties NONE = new CorrectionPenalties(0, 0);

    /** A flat prior of 100 s over [1, 64] (the extension is flat too). */
    private static final PriorCurve FLAT = Fixtures.curve(n -> 100.0, 1, 64);

    @Test
    void twoScaleOutsWithoutPenaltiesFitTheLineThroughBoth() {
        // r = (ln 2, -ln 2) at x = (ln 2, 3 ln 2): center 2 ln 2, level 0, slope -1
        var c = LogLinearCorrection.fit(List.of(run(2, 200), run(8, 50)), FLAT, NONE);
        assertEquals(0.0, c.level(), EXACT);
        assertEquals(-1.0, c.slope(), EXACT);
        assertEquals(2 * LN2, c.center(), EXACT);
        for (int n = 1; n <= 64; n++) {
            assertEquals(400.0 / n, FLAT.runtime(n) * c.factor(n), EXACT * 400 / n, "n=" + n);
        }
    }

    @Test
    void levelAndSlopeAreTheClosedFormRidgeSolutions() {
        // residuals r = (0.6, 0.3, 0.1) at x = ln 2 (1, 2, 3), centered x = ln 2 (-1, 0, 1)
        List<RunRecord> runs = List.of(run(2, 100 * Math.exp(0.6)), run(4, 100 * Math.exp(0.3)),
                run(8, 100 * Math.exp(0.1)));
        var c = LogLinearCorrection.fit(runs, FLAT, new CorrectionPenalties(1, 2));
        assertEquals(1.0 / (3 + 1), c.level(), EXACT);
        double slope = LN2 * (0.1 - 0.6) / (2 * LN2 * LN2 + 2);
        assertEquals(slope, c.slope(), EXACT);
        assertEquals(-0.1170498445, c.slope(), 1e-10, "hand value");
        assertEquals(2 * LN2, c.center(), EXACT);
        for (int n : new int[] {1, 3, 16, 100}) {
            assertEquals(Math.exp(0.25 + slope * (Math.log(n) - 2 * LN2)), c.factor(n), EXACT);
        }
    }

    @Test
    void withoutPenaltiesAPowerLawDeviationFromAnyPriorIsRecoveredExactly() {
        IntToDoubleFunction model = n -> 50 + 400.0 / n + 3 * Math.sin(n);
        PriorCurve prior = Fixtures.curve(model, 1, 32);
        double cFactor = 1.7;
        double b = -0.35;
        IntToDoubleFunction truth = n -> prior.runtime(n) * cFactor * Math.pow(n, b);
        for (int[] given : new int[][] {{2, 16}, {2, 5, 16}, {3, 4, 7, 30, 50}}) {
            var c = LogLinearCorrection.fit(Fixtures.runs(0, truth, given), prior, NONE);
            assertEquals(b, c.slope(), 1e-12);
            for (int n = 1; n <= 200; n++) {
                double expected = truth.applyAsDouble(n);
                assertTrue(rel(prior.runtime(n) * c.factor(n), expected) < 1e-10,
                        "given " + java.util.Arrays.toString(given) + ", n=" + n);
            }
        }
    }

    @Test
    void repetitionsAreAveragedInLogSpace() {
        // the geometric mean of 100 and 400 is 200, not the arithmetic 250
        var c = LogLinearCorrection.fit(List.of(run(4, 100), run(4, 400)), FLAT, NONE);
        assertEquals(LN2, c.level(), EXACT);
        assertEquals(2.0, c.factor(4), EXACT);
    }

    @Test
    void everyScaleOutWeighsTheSameHoweverManyRepetitionsItHas() {
        // three repetitions at r = 0.4 and one at r = 0: level = (0.4 + 0) / (2 + 1)
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(run(2, 100 * Math.exp(0.4)));
        }
        runs.add(run(8, 100));
        var c = LogLinearCorrection.fit(runs, FLAT,
                new CorrectionPenalties(1, Double.POSITIVE_INFINITY));
        assertEquals(0.4 / 3, c.level(), EXACT);
        assertEquals(0.0, c.slope(), 0.0);
    }

    @Test
    void anInfiniteSlopePenaltyNeverTilts() {
        List<RunRecord> runs = List.of(run(2, 200), run(8, 50), run(16, 10));
        var c = LogLinearCorrection.fit(runs, FLAT,
                new CorrectionPenalties(0.5, Double.POSITIVE_INFINITY));
        assertEquals(0.0, c.slope(), 0.0);
        double sumR = Math.log(2) + Math.log(0.5) + Math.log(0.1);
        assertEquals(sumR / (3 + 0.5), c.level(), EXACT);
        assertEquals(c.factor(1), c.factor(1000), EXACT, "flat factor");
    }

    @Test
    void oneScaleOutOnlyScalesThePrior() {
        for (double slopePenalty : new double[] {0, 1, Double.POSITIVE_INFINITY}) {
            var c = LogLinearCorrection.fit(List.of(run(8, 300), run(8, 300)), FLAT,
                    new CorrectionPenalties(0, slopePenalty));
            assertEquals(0.0, c.slope(), 0.0);
            assertEquals(Math.log(8), c.center(), EXACT);
            assertEquals(Math.log(3), c.level(), EXACT);
            for (int n = 1; n <= 64; n++) {
                assertEquals(300.0, FLAT.runtime(n) * c.factor(n), 300 * EXACT, "n=" + n);
            }
        }
        // a level penalty of 1 halves the log factor with one scale-out
        var half = LogLinearCorrection.fit(List.of(run(8, 400)), FLAT, new CorrectionPenalties(1, 0));
        assertEquals(2.0, half.factor(3), EXACT);
    }

    @Test
    void noRunsIsNoCorrection() {
        assertSame(LogLinearCorrection.NONE, LogLinearCorrection.fit(List.of(), FLAT, NONE));
        assertEquals(1.0, LogLinearCorrection.NONE.factor(7), 0.0);
    }

    @Test
    void strongerPenaltiesPullTowardsThePrior() {
        List<RunRecord> runs = List.of(run(2, 300), run(8, 200));
        double previousLevel = Double.POSITIVE_INFINITY;
        double previousSlope = Double.POSITIVE_INFINITY;
        for (double p : new double[] {0, 0.5, 2, 8, 1e6}) {
            var c = LogLinearCorrection.fit(runs, FLAT, new CorrectionPenalties(p, p));
            assertTrue(c.level() > 0 && c.level() < previousLevel, "level at " + p);
            assertTrue(Math.abs(c.slope()) < previousSlope, "slope at " + p);
            previousLevel = c.level();
            previousSlope = Math.abs(c.slope());
        }
        assertEquals(0.0, previousLevel, 1e-5);
    }

    @Test
    void rejectsNonFiniteNumbersAndBadPenalties() {
        assertThrows(IllegalArgumentException.class, () -> new LogLinearCorrection(Double.NaN, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new LogLinearCorrection(0, Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new LogLinearCorrection(0, 0, Double.NEGATIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new CorrectionPenalties(-1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new CorrectionPenalties(Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new CorrectionPenalties(0, -0.5));
        assertThrows(IllegalArgumentException.class, () -> new CorrectionPenalties(0, Double.NaN));
    }
}
