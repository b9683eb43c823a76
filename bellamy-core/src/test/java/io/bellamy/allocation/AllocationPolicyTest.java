package io.bellamy.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationPolicyTest {

    /** Runtimes 1000/n + 50 seconds: speed-up shrinks as nodes are added. */
    private static RuntimeCurve curve(double price) {
        return new RuntimeCurve(List.of(
                new RuntimeCurve.Point(2, 550), new RuntimeCurve.Point(4, 300),
                new RuntimeCurve.Point(6, 216.67), new RuntimeCurve.Point(8, 175),
                new RuntimeCurve.Point(10, 150), new RuntimeCurve.Point(12, 133.33)), price);
    }

    @Test
    void fastestTakesSmallestRuntime() {
        Recommendation r = new FastestPolicy().recommend(curve(1));
        assertEquals(12, r.scaleOut());
        assertEquals(133.33, r.predictedRuntime(), 0.0);
        assertTrue(r.satisfied());
    }

    @Test
    void cheapestTakesSmallestNodeHours() {
        // node-seconds: 1100, 1200, 1300, 1400, 1500, 1600
        Recommendation r = new CheapestPolicy().recommend(curve(0.5));
        assertEquals(2, r.scaleOut());
        assertEquals(550 / 3600.0 * 2 * 0.5, r.predictedCost(), 1e-12);
    }

    @Test
    void deadlineTakesCheapestFeasibleWithMargin() {
        // with 10% margin: 4 -> 330 > 320, 6 -> 238.3 <= 320
        Recommendation r = new DeadlinePolicy(320, 0.95, 0.10).recommend(curve(1));
        assertEquals(6, r.scaleOut());
        assertTrue(r.satisfied());
        Recommendation none = new DeadlinePolicy(100, 0.95, 0.10).recommend(curve(1));
        assertFalse(none.satisfied());
        assertEquals(12, none.scaleOut());
        assertTrue(none.reason().startsWith("no scale-out in 2..12 meets the 100 s deadline"),
                none.reason());
    }

    @Test
    void efficientStopsWhenGainPerNodeDrops() {
        // 2->4: (550/300-1)/2 = 41.7%; 4->6: 19.2%; 6->8: 11.9%; 8->10: 8.3%; 10->12: 6.25%
        assertEquals(8, new EfficientPolicy(0.10).recommend(curve(1)).scaleOut());
        assertEquals(12, new EfficientPolicy(0.05).recommend(curve(1)).scaleOut());
        assertEquals(2, new EfficientPolicy(0.5).recommend(curve(1)).scaleOut());
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> new DeadlinePolicy(0, 0.95, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new DeadlinePolicy(10, 1.0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new EfficientPolicy(-1));
        assertThrows(IllegalArgumentException.class, () -> new RuntimeCurve(List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> new RuntimeCurve(List.of(
                new RuntimeCurve.Point(2, 1), new RuntimeCurve.Point(2, 3)), 1));
    }
}
