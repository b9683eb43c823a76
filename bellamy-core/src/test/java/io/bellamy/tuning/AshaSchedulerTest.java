package io.bellamy.tuning;

import static io.bellamy.tuning.Decision.CONTINUE;
import static io.bellamy.tuning.Decision.STOP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Scripted reports against decisions computed by hand with Ray's rule: the cutoff is NumPy's
 * percentile at (1 - 1/eta) * 100 of the rewards (negated metrics) recorded at the rung before
 * the report; STOP when the reward is strictly below it.
 */
class AshaSchedulerTest {

    @Test
    void scriptedReportsMatchTheHandComputedTable() {
        AshaScheduler asha = new AshaScheduler(new AshaConfig(8, 1, 2)); // rungs 1, 2, 4, 8
        // rung 1: rewards recorded before each report -> cutoff -> decision
        assertEquals(CONTINUE, asha.onReport(0, 1, 1.0));  // first at the rung
        assertEquals(STOP, asha.onReport(1, 1, 2.0));      // [-1] -> -1; -2 < -1
        assertEquals(CONTINUE, asha.onReport(2, 1, 0.5));  // [-1, -2] -> -1.5; -0.5 >= -1.5
        assertEquals(STOP, asha.onReport(3, 1, 1.5));      // [-1, -2, -.5] -> -1; -1.5 < -1
        assertEquals(CONTINUE, asha.onReport(4, 1, 1.25)); // [-1, -2, -.5, -1.5] -> -1.25: tie
        // rung 2
        assertEquals(CONTINUE, asha.onReport(0, 2, 0.9));  // first at the rung
        assertEquals(CONTINUE, asha.onReport(2, 2, 0.4));  // [-.9] -> -.9; -.4 >= -.9
        assertEquals(STOP, asha.onReport(4, 2, 1.3));      // [-.9, -.4] -> -.65; -1.3 < -.65
        // epoch 3 reaches no new rung for trial 0: nothing recorded, always continue
        assertEquals(CONTINUE, asha.onReport(0, 3, 99.0));
        // rung 4, then maxT stops whatever the metric
        assertEquals(CONTINUE, asha.onReport(2, 4, 0.35));
        assertEquals(STOP, asha.onReport(0, 8, 0.3));

        RungTable table = asha.rungTable();
        assertEquals(Map.of(0, 1.0, 1, 2.0, 2, 0.5, 3, 1.5, 4, 1.25), table.rung(1).recorded());
        assertEquals(java.util.List.of(0, 1, 2, 3, 4),
                java.util.List.copyOf(table.rung(1).recorded().keySet()));
        // median of the rewards [-2, -1.5, -1.25, -1, -.5] is -1.25: metric cutoff 1.25
        assertEquals(OptionalDouble.of(1.25), table.rung(1).cutoff());
        assertEquals(ordered(0, 0.9, 2, 0.4, 4, 1.3), table.rung(2).recorded());
        assertEquals(OptionalDouble.of(0.9), table.rung(2).cutoff());
        assertEquals(Map.of(2, 0.35), table.rung(4).recorded());
        // a report at maxT is not recorded by onReport (Ray returns STOP before the bracket)...
        assertEquals(Map.of(), table.rung(8).recorded());
        assertEquals(OptionalDouble.empty(), table.rung(8).cutoff());
        // ...but on_trial_complete records it
        asha.onComplete(0, 8, 0.3);
        assertEquals(Map.of(0, 0.3), asha.rungTable().rung(8).recorded());
    }

    @Test
    void reductionFactorThreeKeepsTheBestThird() {
        AshaScheduler asha = new AshaScheduler(new AshaConfig(9, 1, 3)); // rungs 1, 3, 9
        assertEquals(CONTINUE, asha.onReport(0, 1, 1.0));
        assertEquals(STOP, asha.onReport(1, 1, 2.0));      // [-1] -> -1
        // [-1, -2] at 66.7%: index 0.667 -> -1 - 1 * (1 - 0.667) = -1.333; -0.5 >= -1.333
        assertEquals(CONTINUE, asha.onReport(2, 1, 0.5));
        // [-2, -1, -.5]: index 1.333 -> -1 + 0.5 * 0.333 = -0.833; -0.8 >= -0.833
        assertEquals(CONTINUE, asha.onReport(3, 1, 0.8));
        // [-2, -1, -.8, -.5]: index 2.0 -> -0.8; -0.9 < -0.8
        assertEquals(STOP, asha.onReport(4, 1, 0.9));
    }

    @Test
    void completionRecordsOnlyRungsNotYetRecorded() {
        AshaScheduler asha = new AshaScheduler(new AshaConfig(8, 1, 2));
        asha.onReport(0, 1, 1.0);
        asha.onReport(0, 2, 0.8);
        asha.onComplete(0, 2, 0.8); // already recorded at rung 2: nothing changes
        assertEquals(Map.of(0, 0.8), asha.rungTable().rung(2).recorded());
        // a trial completing at epoch 5 without rung-4 entry gets recorded in rung 4
        asha.onComplete(1, 5, 0.7);
        assertEquals(Map.of(1, 0.7), asha.rungTable().rung(4).recorded());
    }

    @Test
    void specScheduleHasRungsAtOneAndTwoThousand() {
        AshaScheduler asha = new AshaScheduler(AshaConfig.SPEC);
        assertEquals(java.util.List.of(1000, 2000),
                asha.rungTable().rungs().stream().map(RungTable.Rung::milestone).toList());
        assertEquals(CONTINUE, asha.onReport(0, 999, 5.0));
        assertEquals(CONTINUE, asha.onReport(0, 1000, 5.0));
        assertEquals(STOP, asha.onReport(1, 1000, 6.0));
        assertEquals(CONTINUE, asha.onReport(0, 2499, 5.0));
        assertEquals(STOP, asha.onReport(0, 2500, 5.0));
    }

    @Test
    void rejectsInvalidReports() {
        AshaScheduler asha = new AshaScheduler(AshaConfig.SPEC);
        assertEquals("metric must be finite, got NaN for trial 2 at epoch 5",
                assertThrows(IllegalArgumentException.class,
                        () -> asha.onReport(2, 5, Double.NaN)).getMessage());
        assertEquals("epoch must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> asha.onReport(2, 0, 1.0)).getMessage());
        assertEquals("no rung at epoch 7; rungs are at [1000, 2000]",
                assertThrows(IllegalArgumentException.class,
                        () -> asha.rungTable().rung(7)).getMessage());
    }

    private static Map<Integer, Double> ordered(Object... pairs) {
        Map<Integer, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Integer) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }
}
