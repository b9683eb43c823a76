package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RuntimePredictor} must do, checked on the public C3O grep runs. One small
 * subclass per implementation supplies the predictor and its report name.
 */
abstract class RuntimePredictorContract {

    private static final List<RunRecord> GREP = C3oGrepFixture.all();

    /** A fresh predictor under test. */
    abstract RuntimePredictor predictor();

    /** The name it must report. */
    abstract String expectedName();

    /** Runs of the file's first context at {@code scaleOuts} as targets; all others as others. */
    static TrainingData grep(Set<Integer> scaleOuts) {
        ContextKey target = GREP.get(0).context();
        List<RunRecord> targetRuns = new ArrayList<>();
        List<RunRecord> otherRuns = new ArrayList<>();
        for (RunRecord r : GREP) {
            if (!r.context().equals(target)) {
                otherRuns.add(r);
            } else if (scaleOuts.contains(r.instanceCount())) {
                targetRuns.add(r);
            }
        }
        return new TrainingData(target, targetRuns, otherRuns);
    }

    /** A query of the target context at scale-out {@code n} (memory and slots as in C3O). */
    static RunRecord query(int n) {
        RunRecord first = GREP.get(0);
        return new RunRecord(first.algorithm(), n, 1, first.machineType(), first.jobArgs(),
                first.dataSizeMB(), first.dataCharacteristics(), first.environment(), first.jobType(),
                first.memory() / first.instanceCount() * n, first.slots() / first.instanceCount() * n);
    }

    @Test
    void reportsItsName() {
        assertEquals(expectedName(), predictor().name());
        assertTrue(predictor().minScaleOuts() >= 0);
    }

    @Test
    void fitsARealContextWithThreeScaleOutsAndPredictsPositiveRuntimes() {
        TrainingData data = grep(Set.of(4, 6, 10));
        assertEquals(3, data.distinctTargetScaleOuts());
        FittedRuntimeModel model = predictor().fit(data);
        for (int n = 2; n <= 12; n++) {
            double t = model.predict(query(n));
            assertTrue(Double.isFinite(t) && t > 0, "runtime at " + n + " is " + t);
        }
    }

    @Test
    void refusesDataWithTooFewScaleOuts() {
        RuntimePredictor p = predictor();
        TrainingData nothing = new TrainingData(GREP.get(0).context(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> p.fit(nothing));
        if (p.minScaleOuts() > 0) {
            Set<Integer> tooFew = new java.util.TreeSet<>(List.of(2, 4, 6, 8, 10, 12).subList(0, p.minScaleOuts() - 1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> p.fit(grep(tooFew)));
            assertTrue(e.getMessage().contains(">= " + p.minScaleOuts()), e.getMessage());
        }
    }

    @Test
    void doesNotModifyItsInputs() {
        TrainingData data = grep(Set.of(2, 8, 12));
        List<RunRecord> targetBefore = List.copyOf(data.targetRuns());
        List<RunRecord> otherBefore = List.copyOf(data.otherRuns());
        RunRecord q = query(6);
        predictor().fit(data).predict(q);
        assertEquals(targetBefore, data.targetRuns());
        assertEquals(otherBefore, data.otherRuns());
        assertEquals(query(6), q);
    }

    @Test
    void isDeterministic() {
        TrainingData data = grep(Set.of(2, 6, 8));
        FittedRuntimeModel a = predictor().fit(data);
        FittedRuntimeModel b = predictor().fit(data);
        Map<Integer, Long> first = new HashMap<>();
        for (int n = 1; n <= 16; n++) {
            first.put(n, Double.doubleToRawLongBits(a.predict(query(n))));
        }
        for (int n = 1; n <= 16; n++) {
            assertEquals(first.get(n), Double.doubleToRawLongBits(b.predict(query(n))), "n=" + n);
        }
    }
}
