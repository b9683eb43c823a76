package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.baselines.ErnestPredictor;
import io.bellamy.data.RunRecord;
import io.bellamy.prediction.RuntimePredictor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running a history evaluation: skipped methods, verdicts and the report. */
class HistoryEvaluationTest {

    /** Relative errors are computed from chosen predictions; pooled means agree to this. */
    private static final double TOLERANCE = 1e-12;

    @TempDir
    Path dir;

    /** A method that needs pre-training runs (like the networks), predicting from k = 0 on. */
    private static EvaluationMethod needsPretraining(String name) {
        return new EvaluationMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RuntimePredictor forFold(FoldData fold) {
                if (fold.preTrainingRuns().size() < 2) {
                    // wrapped, as a shared pre-training cache reports it
                    throw new IllegalStateException("pre-training failed", new
                            IllegalArgumentException(name + " needs at least 2 pre-training "
                            + "runs, got " + fold.preTrainingRuns().size()));
                }
                return FakeMethods.jittery(name, 0);
            }
        };
    }

    private static HistoryPlan flinkPlan(List<Integer> ks, int seeds) throws IOException {
        return HistoryEvaluation.plan(new HistorySpec(
                HistoryFixtures.history(HistoryFixtures.flink(50000)), PublicRuns.NONE, List.of(),
                ks, seeds, false, 2));
    }

    @Test
    void aMethodWithoutPretrainingDataIsSkippedWithTheReasonAndTheBaselinesRun() throws IOException {
        HistoryPlan plan = flinkPlan(List.of(0, 1, 2), 2);
        HistoryResults r = HistoryEvaluation.run(plan, List.of(needsPretraining("net"),
                EvaluationMethod.of(new ErnestPredictor())), dir, ProgressListener.NONE);
        assertEquals(List.of(new SkippedMethod(List.of("net"), List.of("wordcount"),
                List.of("wordcount-h00"), List.of(1, 2), "no pre-training data (no public runs "
                + "(pre-training target none) and no other context of wordcount in your "
                + "history)")), r.skipped());
        assertEquals(0, r.results().errors("net", p -> true).n());
        // 2 seeds x 4 test points at k = 2 (6 scale-outs)
        assertEquals(8, r.results().errors("ernest", p -> p.evaluationCase().k() == 2).n());
        AlgorithmVerdict v = r.verdicts().get(0);
        assertEquals("k = 1–2: ernest", v.summary());
        assertTrue(v.ks().get(1).sentence().endsWith("; the only method able to predict with 2 "
                + "scale-outs."), v.ks().get(1).sentence());
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("## Skipped methods\n\n- net on wordcount (k = 1, 2): no "
                + "pre-training data"), report);
        assertTrue(report.indexOf("## Verdict") < report.indexOf("## Details"), report);
        assertTrue(report.contains("\n### Pooled MRE per k\n"), report);
        assertTrue(Files.readAllLines(dir.resolve("results.csv")).size() > 1);
    }

    @Test
    void aMethodFailingOtherwiseFailsTheEvaluation() throws IOException {
        EvaluationMethod broken = new EvaluationMethod() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public RuntimePredictor forFold(FoldData fold) {
                throw new IllegalStateException("out of memory, say");
            }
        };
        HistoryPlan plan = HistoryEvaluation.plan(new HistorySpec(
                HistoryFixtures.history(HistoryFixtures.flink(50000)), PublicRuns.of("c3o",
                Map.of("wordcount", HistoryFixtures.flink(80000))), List.of(), List.of(1), 1,
                false, 1));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HistoryEvaluation.run(plan, List.of(broken), dir, ProgressListener.NONE));
        assertEquals("method broken failed on case history/wordcount/wordcount-h00/k1/s0: "
                + "out of memory, say", e.getMessage());
    }

    @Test
    void aPretrainingRefusedForTooFewRunsIsSkippedWithTheMessage() throws IOException {
        List<RunRecord> runs = new ArrayList<>(HistoryFixtures.flink(50000));
        runs.add(HistoryFixtures.flink(90000).get(0));
        HistoryPlan plan = HistoryEvaluation.plan(new HistorySpec(HistoryFixtures.history(runs),
                PublicRuns.NONE, List.of(), List.of(0, 1), 1, false, 1));
        HistoryResults r = HistoryEvaluation.run(plan, List.of(needsPretraining("net")), dir,
                ProgressListener.NONE);
        // wordcount-h00 (50000 MB) pre-trains on the one run of wordcount-h01, and the reverse
        assertEquals(List.of(new SkippedMethod(List.of("net"), List.of("wordcount"),
                List.of("wordcount-h00"), List.of(0, 1), "cannot pre-train on 1 run of your "
                + "context wordcount-h01: pre-training failed")), r.skipped());
        // wordcount-h01 has one scale-out: k = 0 only, one test point
        assertEquals(1, r.results().errors("net", p -> true).n());
    }

    /** A result predicting every test point of a case with the relative error {@code e}. */
    private static MethodResult result(EvaluationCase c, String method, double e) {
        List<PointResult> points = new ArrayList<>();
        for (TestPoint t : c.test()) {
            double predicted = t.medianRuntime() * (1 + e);
            points.add(new PointResult(t.scaleOut(), t.label(), predicted, t.medianRuntime(),
                    Math.abs(predicted - t.medianRuntime()) / t.medianRuntime(), 0.001));
        }
        return new MethodResult(c, method, false, 1.0, points);
    }

    @Test
    void theVerdictNamesTheLowestErrorAndComparesItCaseByCase() throws IOException {
        List<EvaluationCase> cases = flinkPlan(List.of(1, 2), 2).cases();
        assertEquals(List.of(1, 1, 2, 2), cases.stream().map(EvaluationCase::k).toList());
        double[][] errors = {{0.1, 0.3}, {0.2, 0.15}, {0.5, 0.25}, {0.5, 0.25}};
        List<MethodResult> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            results.add(result(cases.get(i), "a", errors[i][0]));
            results.add(result(cases.get(i), "b", errors[i][1]));
        }
        List<AlgorithmVerdict> verdicts = Verdicts.of(new EvaluationResults(List.of("a", "b"),
                cases, results));
        AlgorithmVerdict v = verdicts.get(0);
        assertEquals("k = 1: a; k = 2: b", v.summary());
        KVerdict k1 = v.ks().get(0);
        assertEquals(List.of("a", "b"), k1.ranked().stream().map(MethodScore::method).toList());
        assertEquals(0.15, k1.ranked().get(0).all().meanRelativeError(), TOLERANCE);
        assertEquals(0.225, k1.ranked().get(1).all().meanRelativeError(), TOLERANCE);
        assertEquals(List.of(1, 1, 2), List.of(k1.better(), k1.worse(), k1.paired()));
        assertEquals("k = 1: trust a, 15.0 % mean relative error over 10 points (interpolation –, "
                + "extrapolation 15.0 %); next b 22.5 %; case by case against b: lower error in 1, "
                + "higher in 1, equal in 0 of 2 cases.", k1.sentence());
        KVerdict k2 = v.ks().get(1);
        assertEquals(List.of(2, 0, 2), List.of(k2.better(), k2.worse(), k2.paired()));
        assertTrue(k2.sentence().startsWith("k = 2: trust b, 25.0 % mean relative error over 8 "
                + "points"), k2.sentence());
        assertTrue(k2.sentence().endsWith("; next a 50.0 %; case by case against a: lower error "
                + "in 2, higher in 0, equal in 0 of 2 cases. Even the best is off by more than 20 % "
                + "on average: use with caution, or run more scale-outs."), k2.sentence());
    }

    @Test
    void tiesKeepTheMethodOrderAndCountAsEqual() throws IOException {
        List<EvaluationCase> cases = flinkPlan(List.of(1), 1).cases();
        List<MethodResult> results = List.of(result(cases.get(0), "first", 0.1),
                result(cases.get(0), "second", 0.1));
        KVerdict k = Verdicts.of(new EvaluationResults(List.of("first", "second"), cases, results))
                .get(0).ks().get(0);
        assertEquals("first", k.best());
        assertEquals(List.of(0, 0, 1), List.of(k.better(), k.worse(), k.paired()));
        assertThrows(IllegalArgumentException.class,
                () -> new KVerdict(1, 1, k.ranked(), 1, 1, 1));
    }
}
