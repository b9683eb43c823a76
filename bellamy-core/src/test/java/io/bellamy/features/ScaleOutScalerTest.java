package io.bellamy.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Min-max scaling of the scale-out features, fitted on records. */
class ScaleOutScalerTest {

    /** Scaling is two floating-point operations; allow a few ulps of 1. */
    private static final double SCALING = 1e-12;

    private static RunRecord at(int scaleOut) {
        return new RunRecord("grep", scaleOut, 100, "c4.2xlarge", "computer", 15150,
                "100 150000000 0.5", "public cloud aws emr", "grep-spark", 15000.0 * scaleOut,
                8.0 * scaleOut);
    }

    private static List<RunRecord> scaleOuts(int from, int to) {
        List<RunRecord> records = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            records.add(at(n));
        }
        return records;
    }

    @Test
    void scalesEveryScaleOutFrom2To12Exactly() {
        ScaleOutScaler s = FeaturePipeline.PROTOTYPE.fit(scaleOuts(2, 12)).scaleOut();
        assertEquals(new FeatureRange(1 / (12 + 1e-6), 1 / (2 + 1e-6)), s.div());
        assertEquals(new FeatureRange(Math.log(2), Math.log(12)), s.log());
        assertEquals(new FeatureRange(2, 12), s.count());
        double divMin = 1 / (12 + 1e-6);
        double divMax = 1 / (2 + 1e-6);
        for (int n = 2; n <= 12; n++) {
            double[] x = s.transform(n);
            assertEquals((1 / (n + 1e-6) - divMin) / (divMax - divMin), x[0], SCALING, "div " + n);
            assertEquals((Math.log(n) - Math.log(2)) / (Math.log(12) - Math.log(2)), x[1], SCALING,
                    "log " + n);
            assertEquals((n - 2) / 10.0, x[2], SCALING, "count " + n);
        }
        // the fitted minimum maps to exactly 0 (x * s - min * s)
        assertEquals(0.0, s.transform(2)[2], 0.0);
        assertEquals(0.0, s.transform(12)[0], 0.0);
        assertEquals(0.0, s.transform(2)[1], 0.0);
        // scikit-learn's arithmetic to the bit: x * (1 / 10) + (-2 * (1 / 10)), 1 + 1 ulp at 12
        for (int n = 2; n <= 12; n++) {
            assertEquals(n * (1.0 / 10) + (-2 * (1.0 / 10)), s.transform(n)[2], 0.0);
        }
        assertEquals(1.0000000000000002, s.transform(12)[2], 0.0);
        // outside the fitted range: not clipped
        assertEquals(1.8, s.transform(20)[2], SCALING);
    }

    @Test
    void rawFeaturesAreTheRunRecordsDerivedFeatures() {
        for (int n : new int[] {1, 2, 7, 60}) {
            RunRecord r = at(n);
            double[] raw = ScaleOutScaler.rawFeatures(n);
            assertEquals(r.instanceCountDiv(), raw[0], 0.0);
            assertEquals(r.instanceCountLog(), raw[1], 0.0);
            assertEquals(r.instanceCount(), raw[2], 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> ScaleOutScaler.rawFeatures(0));
    }

    @Test
    void constantColumnIsShiftedNotScaledAndNeverNaN() {
        ScaleOutScaler s = FeaturePipeline.PROTOTYPE.fit(List.of(at(4), at(4))).scaleOut();
        assertTrue(s.count().isConstant());
        assertEquals(0.0, s.transform(4)[0], 0.0);
        assertEquals(0.0, s.transform(4)[1], 0.0);
        assertEquals(0.0, s.transform(4)[2], 0.0);
        // like scikit-learn's MinMaxScaler: range taken as 1
        assertEquals(2.0, s.transform(6)[2], 0.0);
        assertEquals(Math.log(6) - Math.log(4), s.transform(6)[1], SCALING);
        for (double v : s.transform(1)) {
            assertFalse(Double.isNaN(v));
        }
    }

    @Test
    void fittingWithoutRecordsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FeaturePipeline.PROTOTYPE.fitter().fit());
        assertTrue(e.getMessage().contains("no pre-training record"), e.getMessage());
    }

    @Test
    void rangeRejectsInvertedOrNonFiniteBounds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureRange(2, 1));
        assertTrue(e.getMessage().contains("[2.0, 1.0]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FeatureRange(Double.NaN, 1));
    }
}
