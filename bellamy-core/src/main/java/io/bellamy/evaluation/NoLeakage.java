package io.bellamy.evaluation;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.prediction.TrainingData;
import java.util.HashSet;
import java.util.Set;

/** The evaluation's leakage assertions, made before every fit. */
final class NoLeakage {

    private NoLeakage() {
    }

    /**
     * Asserts that neither the fold's pre-training runs nor the other runs of the training data
     * contain a run of the target context, and that the target runs are of the target context at
     * the chosen scale-outs only.
     *
     * @throws IllegalStateException naming the case on any leak
     */
    static void check(EvaluationCase c, ContextKey target, EvaluationData.Fold fold,
            TrainingData training) {
        if (fold.contexts().contains(target)) {
            throw leak(c, "the fold's pre-training runs contain the target context " + target);
        }
        for (RunRecord r : training.otherRuns()) {
            if (r.context().equals(target)) {
                throw leak(c, "the other runs contain a run of the target context: " + r);
            }
        }
        Set<Integer> chosen = new HashSet<>(c.trainScaleOuts());
        for (RunRecord r : training.targetRuns()) {
            if (!r.context().equals(target) || !chosen.contains(r.instanceCount())) {
                throw leak(c, "a target run is not of the target context at a chosen scale-out: " + r);
            }
        }
        if (!training.target().equals(target)) {
            throw leak(c, "training target " + training.target() + " is not " + target);
        }
    }

    private static IllegalStateException leak(EvaluationCase c, String what) {
        return new IllegalStateException("leakage in case " + c.caseId() + ": " + what);
    }
}
