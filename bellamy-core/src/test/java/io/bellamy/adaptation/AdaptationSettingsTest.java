package io.bellamy.adaptation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.CorrectionPenalties;
import io.bellamy.model.TrainingReport.ErrorQuantiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The settings' look-ups per {@code k} (the last entry for larger {@code k}), the defaults'
 * documented values, and the validation of the settings and of a calibration case.
 */
class AdaptationSettingsTest {

    private static final ErrorQuantiles Q0 = new ErrorQuantiles(0.3, 0.6, 0.7, 0.9);
    private static final ErrorQuantiles Q1 = new ErrorQuantiles(0.1, 0.2, 0.25, 0.4);

    @Test
    void theDefaultsAreTheNetworkAMildLevelAStrongSlopeAndAFactorOfTwoAtNinetyPercent() {
        AdaptationSettings d = AdaptationSettings.DEFAULTS;
        assertEquals(1.0, d.networkWeight(), 0.0);
        assertEquals(0, d.cases());
        for (int k = 0; k <= 10; k++) {
            assertEquals(new CorrectionPenalties(0.25, 4.0), d.penalties(k));
            assertEquals(Math.log(2), d.logHalfWidth(k, 0.9), 1e-15);
        }
    }

    @Test
    void aLargerKThanCalibratedUsesTheLastEntry() {
        var p0 = new CorrectionPenalties(0, 0);
        var p1 = new CorrectionPenalties(1, 2);
        var s = new AdaptationSettings(0.5, List.of(p0, p1), List.of(Q0, Q1), 7);
        assertEquals(p0, s.penalties(0));
        assertEquals(p1, s.penalties(1));
        assertEquals(p1, s.penalties(9));
        assertEquals(0.6, s.logHalfWidth(0, 0.9), 0.0);
        assertEquals(0.2, s.logHalfWidth(1, 0.9), 0.0);
        assertEquals(0.2, s.logHalfWidth(9, 0.9), 0.0);
        // between stored quantiles: linear, 0.925 is halfway from q90 to q95
        assertEquals(0.225, s.logHalfWidth(1, 0.925), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> s.penalties(-1));
        assertThrows(IllegalArgumentException.class, () -> s.logHalfWidth(-1, 0.9));
        assertThrows(IllegalArgumentException.class, () -> s.logHalfWidth(1, 1.0));
    }

    @Test
    void theListsAreCopied() {
        List<CorrectionPenalties> penalties = new ArrayList<>(List.of(new CorrectionPenalties(1, 1)));
        var s = new AdaptationSettings(1, penalties, List.of(Q0), 1);
        penalties.set(0, new CorrectionPenalties(3, 3));
        assertEquals(new CorrectionPenalties(1, 1), s.penalties(0));
    }

    @Test
    void rejectsBadWeightsEmptyListsAndNegativeCounts() {
        var p = List.of(new CorrectionPenalties(1, 1));
        var q = List.of(Q0);
        for (double bad : new double[] {-0.1, 1.1, Double.NaN}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> new AdaptationSettings(bad, p, q, 0));
            assertTrue(e.getMessage().contains(String.valueOf(bad)), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new AdaptationSettings(1, List.of(), q, 0));
        assertThrows(IllegalArgumentException.class, () -> new AdaptationSettings(1, p, List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> new AdaptationSettings(1, p, q, -1));
    }

    @Test
    void aCalibrationCaseCopiesItsInputsAndChecksTheLengths() {
        PriorCurve prior = Fixtures.curve(n -> 100.0, 2, 8);
        int[] tests = {2, 4};
        double[] runtimes = {90, 80};
        List<RunRecord> given = new ArrayList<>(List.of(Fixtures.run(8, 50)));
        var c = new CalibrationCase(1, prior, null, given, tests, runtimes);
        tests[0] = 99;
        runtimes[0] = -1;
        given.clear();
        assertArrayEquals(new int[] {2, 4}, c.testScaleOuts());
        assertArrayEquals(new double[] {90, 80}, c.testRuntimes(), 0.0);
        assertEquals(1, c.given().size());
        assertSame(prior, c.prior(0.3), "no global model: the network curve at any weight");
        var e = assertThrows(IllegalArgumentException.class,
                () -> new CalibrationCase(0, prior, null, List.of(), new int[] {2}, new double[0]));
        assertTrue(e.getMessage().contains("1 and 0"), e.getMessage());
        assertThrows(NullPointerException.class,
                () -> new CalibrationCase(0, null, null, List.of(), new int[0], new double[0]));
    }
}
