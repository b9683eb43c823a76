package io.bellamy.evaluation;

/**
 * One row of the results: a method's prediction of one test point of one case.
 *
 * @param evaluationCase the case
 * @param method the method's name
 * @param fitMs wall time of the method's fit on the case, in milliseconds
 * @param point the prediction
 */
public record ScoredPoint(EvaluationCase evaluationCase, String method, double fitMs,
        PointResult point) {
}
