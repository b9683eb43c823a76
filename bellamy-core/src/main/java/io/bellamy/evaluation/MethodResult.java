package io.bellamy.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * What one method did on one case.
 *
 * @param evaluationCase the case
 * @param method the method's name
 * @param skipped whether the method was not run because it needs more scale-outs than the
 *     case's k (then {@code points} is empty and {@code fitMs} is NaN)
 * @param fitMs wall time of the fit in milliseconds
 * @param points one result per test point of the case, in the case's order
 */
public record MethodResult(EvaluationCase evaluationCase, String method, boolean skipped,
        double fitMs, List<PointResult> points) {

    /** Copies the points and checks that a skipped result has none. */
    public MethodResult {
        Objects.requireNonNull(evaluationCase, "evaluationCase");
        Objects.requireNonNull(method, "method");
        points = List.copyOf(points);
        if (skipped && !points.isEmpty()) {
            throw new IllegalArgumentException("a skipped result has no points, got "
                    + points.size());
        }
    }

    /** The result of a method that cannot predict with the case's k. */
    static MethodResult skipped(EvaluationCase evaluationCase, String method) {
        return new MethodResult(evaluationCase, method, true, Double.NaN, List.of());
    }
}
