package io.bellamy.evaluation;

/**
 * Told how an evaluation advances. Called from the evaluation's worker threads, possibly at
 * the same time: implementations must be thread-safe and quick.
 */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** A method starts on a case (pre-training for the case's fold first, if not done yet). */
    default void methodStarted(EvaluationCase evaluationCase, String method) {
    }

    /**
     * Every method is done with a case.
     *
     * @param done cases finished so far, including this one
     * @param total cases in the evaluation
     */
    default void caseFinished(EvaluationCase evaluationCase, int done, int total) {
    }
}
