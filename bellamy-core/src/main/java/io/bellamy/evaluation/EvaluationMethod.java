package io.bellamy.evaluation;

import io.bellamy.prediction.RuntimePredictor;
import java.util.Objects;

/**
 * A prediction method as the evaluation runs it: once per fold it receives the fold's
 * pre-training runs and returns the predictor for that fold's cases (a method that pre-trains,
 * like Bellamy, does so here, choosing any hyperparameters on these runs only; a baseline
 * returns itself). The evaluation asks once per algorithm and fold and may do so from any
 * thread; the returned predictor is fitted from several threads at once and must allow that.
 */
public interface EvaluationMethod {

    /** The name in results and reports; unique among the methods of one evaluation. */
    String name();

    /**
     * The predictor for the cases of one fold.
     *
     * @param fold the fold's pre-training runs (never a run of a context the fold tests on)
     */
    RuntimePredictor forFold(FoldData fold);

    /** A method that needs no pre-training: the predictor itself for every fold. */
    static EvaluationMethod of(RuntimePredictor predictor) {
        Objects.requireNonNull(predictor, "predictor");
        return new EvaluationMethod() {
            @Override
            public String name() {
                return predictor.name();
            }

            @Override
            public RuntimePredictor forFold(FoldData fold) {
                return predictor;
            }

            @Override
            public String toString() {
                return predictor.name();
            }
        };
    }
}
