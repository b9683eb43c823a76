package io.bellamy.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Everything an evaluation measured, ordered by case (in the order given) and then by method
 * (in the order given), whatever the threads did.
 *
 * @param methods the method names in order
 * @param cases the cases in order
 * @param results one result per case and method, case-major
 */
public record EvaluationResults(List<String> methods, List<EvaluationCase> cases,
        List<MethodResult> results) {

    /** Copies the lists and checks there is one result per case and method. */
    public EvaluationResults {
        methods = List.copyOf(methods);
        cases = List.copyOf(cases);
        results = List.copyOf(results);
        if (results.size() != methods.size() * cases.size()) {
            throw new IllegalArgumentException("expected " + methods.size() * cases.size()
                    + " results (cases x methods), got " + results.size());
        }
    }

    /** Every prediction, in result order. */
    public List<ScoredPoint> points() {
        List<ScoredPoint> out = new ArrayList<>();
        for (MethodResult r : results) {
            for (PointResult p : r.points()) {
                out.add(new ScoredPoint(r.evaluationCase(), r.method(), r.fitMs(), p));
            }
        }
        return out;
    }

    /**
     * The pooled error of one method over the points that match.
     *
     * @param method a method name
     * @param where which points to pool, e.g. {@code p -> p.evaluationCase().k() == 2}
     */
    public ErrorStats errors(String method, Predicate<ScoredPoint> where) {
        Objects.requireNonNull(method, "method");
        return ErrorStats.of(points().stream()
                .filter(p -> p.method().equals(method) && where.test(p)).toList());
    }
}
