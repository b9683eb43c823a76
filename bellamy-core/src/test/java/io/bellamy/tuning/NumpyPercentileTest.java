package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected values printed by {@code numpy.nanpercentile} (NumPy 2.4); compared exactly. */
class NumpyPercentileTest {

    @Test
    void matchesNumpyBitForBit() {
        assertEquals(-1.0, NumpyPercentile.of(new double[] {-1.0}, 50.0));
        assertEquals(-1.5, NumpyPercentile.of(new double[] {-1.0, -2.0}, 50.0));
        assertEquals(-1.0, NumpyPercentile.of(new double[] {-1.0, -2.0, -0.5}, 50.0));
        assertEquals(-1.25, NumpyPercentile.of(new double[] {-1.0, -2.0, -0.5, -1.5}, 50.0));
        assertEquals(3.0, NumpyPercentile.of(new double[] {1, 2, 3, 4}, (1 - 1 / 3.0) * 100));
        // weight 0.5 takes NumPy's b - (b - a)(1 - t) branch: 0.7 - 0.25, not 0.2 + 0.25 = 0.45
        assertEquals(0.44999999999999996,
                NumpyPercentile.of(new double[] {0.1, 0.7, 0.2}, (1 - 1 / 4.0) * 100));
        assertEquals(4.0, NumpyPercentile.of(new double[] {1, 2, 3, 4}, 100));
        assertEquals(1.0, NumpyPercentile.of(new double[] {4, 3, 2, 1}, 0));
    }

    @Test
    void rejectsBadArguments() {
        assertEquals("percentile of no values", assertThrows(IllegalArgumentException.class,
                () -> NumpyPercentile.of(new double[0], 50)).getMessage());
        assertEquals("percentile must be in [0, 100], got 101.0",
                assertThrows(IllegalArgumentException.class,
                        () -> NumpyPercentile.of(new double[] {1}, 101)).getMessage());
    }
}
