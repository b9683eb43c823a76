package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Expected rates are the values PyTorch Ignite's formulas give in CPython (double arithmetic, so
 * the linear schedule matches bit for bit; cosine values may differ by one ulp between
 * {@code Math.cos} and the C library's {@code cos}).
 */
class LrScheduleTest {

    private static final double BIT_EXACT = 0.0;
    private static final double ONE_ULP = Math.ulp(0.01);

    @Test
    void linearCyclicalIsATriangleOverTheCycle() {
        LinearCyclicalSchedule s = new LinearCyclicalSchedule(0.001, 0.01, 20);
        assertEquals(0.0009999999999999992, s.rate(0), BIT_EXACT);
        assertEquals(0.001899999999999999, s.rate(1), BIT_EXACT);
        assertEquals(0.0055, s.rate(5), BIT_EXACT);
        assertEquals(0.0091, s.rate(9), BIT_EXACT);
        assertEquals(0.01, s.rate(10), BIT_EXACT);
        assertEquals(0.009099999999999999, s.rate(11), BIT_EXACT);
        assertEquals(0.0019000000000000006, s.rate(19), BIT_EXACT);
        assertEquals(0.0009999999999999992, s.rate(20), BIT_EXACT);
        assertEquals(0.01, s.rate(30), BIT_EXACT);
    }

    @Test
    void cosineAnnealingFallsAndRestarts() {
        CosineAnnealingSchedule s = new CosineAnnealingSchedule(0.01, 0.001, 40);
        assertEquals(0.01, s.rate(0), ONE_ULP);
        assertEquals(0.008681980515339464, s.rate(10), ONE_ULP);
        assertEquals(0.0055000000000000005, s.rate(20), ONE_ULP);
        assertEquals(0.0010138719982009225, s.rate(39), ONE_ULP);
        assertEquals(0.01, s.rate(40), ONE_ULP);
        assertEquals(0.00785124354122177, s.rate(13), ONE_ULP);
        assertEquals(s.rate(13), s.rate(93), 0.0);
    }

    @Test
    void fineTuningScheduleOfSpecSection6() {
        LrSchedule s = LrSchedule.fineTuning();
        // epochs 1..10 (0-based 0..9): linear cyclical 0.001 -> 0.01 over a 20-epoch cycle
        assertEquals(0.0009999999999999992, s.rate(0), BIT_EXACT);
        assertEquals(0.001899999999999999, s.rate(1), BIT_EXACT);
        assertEquals(0.0091, s.rate(9), BIT_EXACT);
        // then cosine 0.01 -> 0.001 over 40 epochs, restarting
        assertEquals(0.01, s.rate(10), ONE_ULP);
        assertEquals(0.0055000000000000005, s.rate(30), ONE_ULP);
        assertEquals(0.0010138719982009225, s.rate(49), ONE_ULP);
        assertEquals(0.01, s.rate(50), ONE_ULP);
        assertEquals(0.0055000000000000005, s.rate(70), ONE_ULP);
        assertEquals(0.01, s.rate(2490), ONE_ULP);
    }

    @Test
    void concatSwitchesAtTheGivenEpoch() {
        ConcatSchedule s = new ConcatSchedule(new ConstantSchedule(1), 3, epoch -> epoch * 10.0);
        assertEquals(1.0, s.rate(2), 0.0);
        assertEquals(0.0, s.rate(3), 0.0);
        assertEquals(20.0, s.rate(5), 0.0);
    }

    @Test
    void rejectsBadArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinearCyclicalSchedule(0.1, 0.2, 1));
        assertEquals("cycle must be >= 2 epochs, got 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CosineAnnealingSchedule(-1, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> new ConstantSchedule(0.1).rate(-1));
        assertThrows(IllegalArgumentException.class,
                () -> new ConcatSchedule(new ConstantSchedule(1), -1, new ConstantSchedule(1)));
    }
}
