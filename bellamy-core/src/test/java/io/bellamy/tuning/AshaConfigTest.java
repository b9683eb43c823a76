package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AshaConfigTest {

    @Test
    void milestonesFollowRaysBracket() {
        // expected: Ray's int(log(max_t / grace) / log(eta) + 1) rungs at grace * eta^k
        assertEquals(List.of(1000, 2000), AshaConfig.SPEC.milestones());
        assertEquals(List.of(1, 2, 4, 8), new AshaConfig(8, 1, 2).milestones());
        assertEquals(List.of(1, 2, 4, 8), new AshaConfig(10, 1, 2).milestones());
        assertEquals(List.of(10, 30, 90), new AshaConfig(100, 10, 3).milestones());
        assertEquals(List.of(1, 3, 9, 27, 81), new AshaConfig(81, 1, 3).milestones());
        // fractional milestones 22.5 and 33.75 are reached at epochs 23 and 34
        assertEquals(List.of(10, 15, 23, 34), new AshaConfig(40, 10, 1.5).milestones());
        assertEquals(List.of(1000), new AshaConfig(1000, 1000, 2).milestones());
    }

    @Test
    void rejectsBadSettingsQuotingTheValue() {
        assertEquals("ASHA maxT must be >= 1, got 0", message(() -> new AshaConfig(0, 1, 2)));
        assertEquals("ASHA grace period must be >= 1, got 0",
                message(() -> new AshaConfig(10, 0, 2)));
        assertEquals("ASHA grace period must be <= maxT 10, got 11",
                message(() -> new AshaConfig(10, 11, 2)));
        assertEquals("ASHA reduction factor must be finite and > 1, got 1.0",
                message(() -> new AshaConfig(10, 1, 1)));
        assertEquals("ASHA reduction factor must be finite and > 1, got NaN",
                message(() -> new AshaConfig(10, 1, Double.NaN)));
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }
}
