package io.bellamy.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The groupings a report is made of, computed from the results. */
final class ReportView {

    /** Fit and prediction times of one method; NaN where it never ran. */
    record Timing(int fits, int skipped, double medianFitMs, double meanFitMs,
            double medianPredictMs, double meanPredictMs) {
    }

    private final EvaluationResults results;

    ReportView(EvaluationResults results) {
        this.results = results;
    }

    EvaluationResults results() {
        return results;
    }

    List<String> methods() {
        return results.methods();
    }

    /** The variants of the cases, e.g. {@code c3o}. */
    String variants() {
        return results.cases().stream().map(c -> c.variant().id()).distinct()
                .collect(Collectors.joining(", "));
    }

    /** The algorithms, in case order. */
    List<String> algorithms() {
        return results.cases().stream().map(EvaluationCase::algorithm).distinct().toList();
    }

    /** The k values, ascending. */
    List<Integer> ks() {
        return results.cases().stream().map(EvaluationCase::k).distinct().sorted().toList();
    }

    /** The number of test points of the cases whose points match, whichever method ran. */
    int testPoints(Predicate<ScoredPoint> where) {
        int n = 0;
        for (EvaluationCase c : results.cases()) {
            for (TestPoint t : c.test()) {
                PointResult p = new PointResult(t.scaleOut(), t.label(), Double.NaN,
                        t.medianRuntime(), Double.NaN, Double.NaN);
                if (where.test(new ScoredPoint(c, "", Double.NaN, p))) {
                    n++;
                }
            }
        }
        return n;
    }

    Timing timing(String method) {
        List<MethodResult> ran = results.results().stream()
                .filter(r -> r.method().equals(method) && !r.skipped()).toList();
        long skipped = results.results().stream()
                .filter(r -> r.method().equals(method) && r.skipped()).count();
        double[] fit = ran.stream().mapToDouble(MethodResult::fitMs).toArray();
        double[] predict = ran.stream().flatMap(r -> r.points().stream())
                .mapToDouble(PointResult::predictMs).toArray();
        return new Timing(ran.size(), (int) skipped, median(fit), mean(fit), median(predict),
                mean(predict));
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }
}
