package io.bellamy.evaluation;

import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A method of a history evaluation: the wrapped method, except that a pre-training it refuses
 * makes it skip that pre-training's cases instead of failing the evaluation. A refusal is a
 * failure of {@link EvaluationMethod#forFold} on a fold without any pre-training run, or one
 * caused by bad input ({@link IllegalArgumentException} anywhere in the cause chain, e.g. too
 * few runs or contexts); any other failure still fails the evaluation. The refusals are kept
 * with their messages for the report.
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
        } catch (RuntimeException e) {
            if (!fold.preTrainingRuns().isEmpty() && !badInput(e)) {
                throw e;
            }
            refused.put(new EvaluationData.FoldKey(fold.algorithm(), fold.fold()),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return new Unavailable(inner.name());
        }
    }

    private static boolean badInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
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
