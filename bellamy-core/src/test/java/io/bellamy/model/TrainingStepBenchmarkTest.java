package io.bellamy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingStepBenchmarkTest {

    @Test
    void measuresTimeAndAllocatesNothingPerStep() {
        TrainingStepBenchmark.Settings settings = TrainingStepBenchmark.Settings.pretraining()
                .withSteps(3000, 500);
        TrainingStepBenchmark.Result r = TrainingStepBenchmark.run(settings);
        assertEquals(64, r.batchSize());
        assertEquals(500, r.measuredSteps());
        assertTrue(r.p10Micros() > 0 && r.medianMicros() >= r.p10Micros()
                && r.p90Micros() >= r.medianMicros(), r.toString());
        assertTrue(Double.isFinite(r.finalLoss()), r.toString());
        // HotSpot measures allocation per thread; the step itself allocates nothing, a stray
        // interpreter or JIT transition may cost a few bytes over 500 steps
        assertTrue(Double.isNaN(r.allocatedBytesPerStep()) || r.allocatedBytesPerStep() < 16,
                r.toString());
    }

    @Test
    void realGrepRunsAreEncodedAsPreTrainingEncodesThemAndStepAllocatesNothing() {
        NetworkInput grep = TrainingStepBench.c3oGrep();
        assertEquals(810, grep.rows());
        assertEquals(40, grep.encodingSize());

        TrainingStepBenchmark.Result r = TrainingStepBenchmark.run(
                TrainingStepBenchmark.Settings.pretraining().withSteps(2000, 300), grep);

        assertEquals(64, r.batchSize());
        assertTrue(Double.isFinite(r.finalLoss()) && r.medianMicros() > 0, r.toString());
        assertTrue(Double.isNaN(r.allocatedBytesPerStep()) || r.allocatedBytesPerStep() < 16,
                r.toString());
        assertThrows(IllegalArgumentException.class,
                () -> TrainingStepBenchmark.encode(java.util.List.of()));
    }

    @Test
    void fineTuningStepsLeaveFrozenPartsAlone() {
        TrainingStepBenchmark.Result r = TrainingStepBenchmark.run(
                TrainingStepBenchmark.Settings.fineTuning().withSteps(200, 200));
        assertTrue(Double.isFinite(r.finalLoss()) && r.medianMicros() > 0, r.toString());
    }

    @Test
    void rejectsEmptySettings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingStepBenchmark.Settings.pretraining().withSteps(0, 0));
        assertEquals("measured steps must be >= 1, got 0", e.getMessage());
    }
}
