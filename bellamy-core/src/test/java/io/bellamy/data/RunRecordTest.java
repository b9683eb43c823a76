package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunRecordTest {

    private static RunRecord record(int scaleOut, double runtime) {
        return new RunRecord("grep", scaleOut, runtime, "c4.2xlarge", "computer", 15150,
                "100 150000000 0.5", "public cloud aws emr", "grep-spark", 30000.0, 16.0);
    }

    @Test
    void derivesScaleOutFeatures() {
        RunRecord r = record(4, 100);
        assertEquals(Math.log(4), r.instanceCountLog(), 0.0);
        assertEquals(1.0 / (4 + 1e-6), r.instanceCountDiv(), 0.0);
    }

    @Test
    void rejectsImpossibleValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> record(0, 10));
        assertTrue(e.getMessage().contains("instance_count must be >= 1, got 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> record(2, 0));
        assertTrue(e.getMessage().contains("gross_runtime"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> record(2, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> record(2, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new RunRecord("grep", 2, 1, "m", "",
                -1, "", "", "", null, null));
        assertThrows(IllegalArgumentException.class, () -> new RunRecord("grep", 2, 1, "m", "",
                1, "", "", "", -5.0, null));
        assertThrows(IllegalArgumentException.class, () -> new RunRecord(" ", 2, 1, "m", "",
                1, "", "", "", null, null));
    }

    @Test
    void contextIgnoresScaleOutMemoryAndSlots() {
        RunRecord a = record(2, 100);
        RunRecord b = new RunRecord("grep", 8, 50, "c4.2xlarge", "computer", 15150,
                "100 150000000 0.5", "public cloud aws emr", "grep-spark", 120000.0, 64.0);
        assertEquals(a.context(), b.context());
        assertEquals("", new RunRecord("x", 1, 1, null, null, 0, null, null, null, null, null).jobType());
    }
}
