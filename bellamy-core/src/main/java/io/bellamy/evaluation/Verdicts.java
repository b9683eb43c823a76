package io.bellamy.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Derives the verdicts of a history evaluation from its results. */
final class Verdicts {

    private Verdicts() {
    }

    /** One verdict per algorithm, in case order, with one entry per k evaluated. */
    static List<AlgorithmVerdict> of(EvaluationResults results) {
        ReportView v = new ReportView(results);
        List<AlgorithmVerdict> out = new ArrayList<>();
        for (String a : v.algorithms()) {
            List<KVerdict> ks = new ArrayList<>();
            for (int k : v.ks()) {
                List<EvaluationCase> cases = results.cases().stream()
                        .filter(c -> c.algorithm().equals(a) && c.k() == k).toList();
                if (!cases.isEmpty()) {
                    ks.add(verdict(results, a, k, cases.size()));
                }
            }
            out.add(new AlgorithmVerdict(a, ks));
        }
        return List.copyOf(out);
    }

    private static KVerdict verdict(EvaluationResults results, String algorithm, int k, int cases) {
        Predicate<ScoredPoint> at = p -> p.evaluationCase().algorithm().equals(algorithm)
                && p.evaluationCase().k() == k;
        List<MethodScore> scores = new ArrayList<>();
        for (String m : results.methods()) {
            ErrorStats all = results.errors(m, at);
            if (all.n() > 0) {
                scores.add(new MethodScore(m, all,
                        results.errors(m, at.and(p -> p.point().label() == PointLabel.INTERPOLATION)),
                        results.errors(m, at.and(p -> p.point().label() == PointLabel.EXTRAPOLATION))));
            }
        }
        scores.sort(Comparator.comparingDouble(s -> s.all().meanRelativeError()));
        if (scores.size() < 2) {
            return new KVerdict(k, cases, scores, 0, 0, 0);
        }
        Map<String, Double> best = perCase(results, scores.get(0).method(), algorithm, k);
        Map<String, Double> next = perCase(results, scores.get(1).method(), algorithm, k);
        int better = 0;
        int worse = 0;
        int paired = 0;
        for (Map.Entry<String, Double> e : best.entrySet()) {
            Double other = next.get(e.getKey());
            if (other != null) {
                paired++;
                better += e.getValue() < other ? 1 : 0;
                worse += e.getValue() > other ? 1 : 0;
            }
        }
        return new KVerdict(k, cases, scores, better, worse, paired);
    }

    /** Per case id, a method's mean relative error over the case's points (ran cases only). */
    private static Map<String, Double> perCase(EvaluationResults results, String method,
            String algorithm, int k) {
        Map<String, Double> out = new HashMap<>();
        for (MethodResult r : results.results()) {
            EvaluationCase c = r.evaluationCase();
            if (r.method().equals(method) && !r.skipped() && c.algorithm().equals(algorithm)
                    && c.k() == k) {
                out.put(c.caseId(), r.points().stream().mapToDouble(PointResult::relativeError)
                        .average().orElseThrow());
            }
        }
        return out;
    }
}
