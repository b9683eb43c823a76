package io.bellamy.evaluation;

import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A method of a history evaluation: the wrapped method, except that a pre-training it refuses
 * as bad input ({@link IllegalArgumentException}, e.g. no or too few pre-training runs) makes
 * it skip that pre-training's cases instead of failing the evaluation. The refusals are kept
 * with their reasons for the report.
 */
final class HistoryMethod implements EvaluationMethod {

    private final EvaluationMethod inner;
    private final Map<EvaluationData.FoldKey, String> refused = new ConcurrentHashMap<>();

    HistoryMethod(EvaluationMethod inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public RuntimePredictor forFold(FoldData fold) {
        try {
            return inner.forFold(fold);
        } catch (IllegalArgumentException e) {
            refused.put(new EvaluationData.FoldKey(fold.algorithm(), fold.fold()), e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            return new Unavailable(inner.name());
        }
    }

    /** Why the pre-training of a fold of the algorithm was refused, or null if it was not. */
    String refusal(String algorithm, int fold) {
        return refused.get(new EvaluationData.FoldKey(algorithm, fold));
    }

    @Override
    public String toString() {
        return inner.name();
    }

    /** Needs more scale-outs than any case has, so the evaluator records it as skipped. */
    private record Unavailable(String name) implements RuntimePredictor {
        @Override
        public int minScaleOuts() {
            return Integer.MAX_VALUE;
        }

        @Override
        public FittedRuntimeModel fit(TrainingData data) {
            throw new IllegalStateException(name + " has no pre-trained model to fit");
        }
    }
}
