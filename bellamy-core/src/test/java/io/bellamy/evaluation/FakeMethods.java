package io.bellamy.evaluation;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import java.util.concurrent.locks.LockSupport;

/** Cheap deterministic predictors for evaluator tests. */
final class FakeMethods {

    private FakeMethods() {
    }

    /**
     * Predicts {@code a + b / n} with {@code a} the mean runtime of the other runs and {@code b}
     * the target runs' mean runtime times the smallest chosen scale-out (0 without target runs);
     * its fit sleeps up to 2 ms, varying by case, so that threads finish out of order.
     */
    static RuntimePredictor jittery(String name, int minScaleOuts) {
        return new RuntimePredictor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int minScaleOuts() {
                return minScaleOuts;
            }

            @Override
            public FittedRuntimeModel fit(TrainingData data) {
                double a = data.otherRuns().stream().mapToDouble(RunRecord::grossRuntime)
                        .average().orElse(0);
                double b = data.targetRuns().stream().mapToDouble(r -> r.grossRuntime()
                        * r.instanceCount()).average().orElse(0);
                long jitter = Math.floorMod(data.target().hashCode() * 31L
                        + data.targetRuns().size(), 2_000_000L);
                LockSupport.parkNanos(jitter);
                return q -> a + b / q.instanceCount();
            }
        };
    }
}
