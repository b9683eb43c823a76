package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.baselines.ErnestPredictor;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a history evaluation chooses its cases and pre-training runs. */
class HistoryPlannerTest {

    private static final List<Integer> KS = List.of(0, 1, 2, 3, 4, 5);

    private static HistorySpec spec(UserHistory history, PublicRuns publicRuns, boolean others) {
        return new HistorySpec(history, publicRuns, List.of(), KS, CaseGenerator.BELL_REPS, others, 2);
    }

    private static PublicRuns c3o() {
        return PublicRuns.of("c3o", EvalFixtures.c3oRuns());
    }

    /** What a case chose and tests, without its names. */
    private static String choice(EvaluationCase c) {
        return c.algorithm() + " k" + c.k() + " s" + c.rep() + " " + c.seedString() + " "
                + c.seed() + " " + c.trainScaleOuts() + " " + c.test();
    }

    @Test
    void theBellDataAsAHistoryGivesTheCrossEnvironmentCasesAndPretraining() throws IOException {
        HistoryPlan plan = HistoryEvaluation.plan(spec(HistoryFixtures.bellHistory(), c3o(), false));
        List<EvaluationCase> cross = CaseGenerator.bellCross(EvalFixtures.c3oRuns(),
                EvalFixtures.bellRuns(), KS);
        assertEquals(cross.stream().map(HistoryPlannerTest::choice).toList(),
                plan.cases().stream().map(HistoryPlannerTest::choice).toList());
        assertEquals(3 * (1 + 5 * 3), plan.cases().size());
        assertEquals("history/grep/grep-h00/k2/s1", plan.cases().get(5).caseId());
        for (String a : List.of("grep", "pagerank", "sgd")) {
            EvaluationData.Fold fold = plan.data().fold(new EvaluationData.FoldKey(a, -1));
            assertEquals(EvalFixtures.c3oRuns().get(a), fold.data().preTrainingRuns(), a);
            assertEquals(List.of("c3o:" + a), fold.contextIds());
        }
        assertEquals(List.of(new PretrainingPlan("grep", -1, List.of("grep-h00"), "c3o", 810, 0,
                List.of(), 0)), plan.pretraining().subList(0, 1));
        assertEquals(List.of(), plan.notes());
    }

    @Test
    void theBellDataAsAHistoryIsScoredAsTheCrossEnvironmentVariant() throws IOException {
        HistoryPlan plan = HistoryEvaluation.plan(spec(HistoryFixtures.bellHistory(), c3o(), false));
        List<EvaluationMethod> methods = List.of(EvaluationMethod.of(new ErnestPredictor()),
                EvaluationMethod.of(FakeMethods.jittery("fake", 0)));
        EvaluationResults mine = new Evaluator(methods, 2, ProgressListener.NONE).run(plan.data());
        EvaluationResults cross = new Evaluator(methods, 2, ProgressListener.NONE).run(
                CaseGenerator.bellCross(EvalFixtures.c3oRuns(), EvalFixtures.bellRuns(), KS),
                EvalFixtures.source());
        assertEquals(predictions(cross), predictions(mine));
        assertEquals(cross.errors("fake", p -> true), mine.errors("fake", p -> true));
    }

    private static List<String> predictions(EvaluationResults r) {
        return r.points().stream().map(p -> p.evaluationCase().seedString() + " " + p.method()
                + " " + p.point().scaleOut() + " " + p.point().predicted()).toList();
    }

    @Test
    void aContextOfThePublicDataIsLeftOutOfItsOwnPretraining() throws IOException {
        List<RunRecord> runs = new ArrayList<>(EvalFixtures.bellRuns().get("grep"));
        runs.addAll(HistoryFixtures.flink(50000));
        PublicRuns bell = PublicRuns.of("bell", EvalFixtures.bellRuns());
        HistoryPlan plan = HistoryEvaluation.plan(new HistorySpec(HistoryFixtures.history(runs),
                bell, List.of("grep"), List.of(0, 1), 2, false, 1));
        EvaluationData.Fold own = plan.data().fold(new EvaluationData.FoldKey("grep", 0));
        assertEquals(0, own.data().preTrainingRuns().size());
        assertEquals(List.of("grep-h00 is also in the public bell data: its 75 runs there are left "
                + "out of its pre-training.", "grep: k = 0 not evaluated for any context: with no "
                + "pre-training data there is nothing to predict from."), plan.notes());
        assertEquals(List.of("history/grep/grep-h00/k1/s0", "history/grep/grep-h00/k1/s1"),
                plan.cases().stream().map(EvaluationCase::caseId).toList());
        assertEquals("nothing (no bell runs of grep but the context's own and no other context of grep in "
                + "your history)",
                plan.pretraining().get(0).describe());
    }

    @Test
    void withOtherContextsEachContextPretrainsOnTheOthersOnly() throws IOException {
        List<RunRecord> runs = new ArrayList<>(HistoryFixtures.flink(50000));
        runs.addAll(HistoryFixtures.flink(80000));
        runs.addAll(HistoryFixtures.flink(20000));
        UserHistory history = HistoryFixtures.history(runs);
        HistoryPlan plan = HistoryEvaluation.plan(spec(history, PublicRuns.NONE, false));
        assertEquals(List.of("wordcount: no public runs are used, so the networks pre-train on "
                + "your other contexts of it."), plan.notes());
        List<HistoryContext> contexts = history.contexts("wordcount");
        assertEquals(20000, contexts.get(0).key().dataSizeMB(), 0);
        for (int i = 0; i < 3; i++) {
            EvaluationData.Fold fold = plan.data().fold(new EvaluationData.FoldKey("wordcount", i));
            HistoryContext target = contexts.get(i);
            assertEquals(24, fold.data().preTrainingRuns().size());
            assertTrue(fold.data().preTrainingRuns().stream()
                    .noneMatch(r -> r.context().equals(target.key())), target.id());
            assertEquals(2, fold.contexts().size());
        }
        assertEquals("24 runs of your contexts wordcount-h01, wordcount-h02",
                plan.pretraining().get(0).describe());
        // k = 0..5 with 6 scale-outs: 1 + 5 x 3 cases per context
        assertEquals(3 * 16, plan.cases().size());
    }

    @Test
    void publicRunsAndOtherContextsAddUp() throws IOException {
        List<RunRecord> runs = new ArrayList<>(EvalFixtures.bellRuns().get("sgd"));
        runs.add(runs.get(0).withRuntime(1.0));
        RunRecord other = new RunRecord("sgd", 4, 100, "m5.large", "100 1.0", 10000, "",
                "aws", "sgd-spark", null, null);
        runs.add(other);
        HistoryPlan plan = HistoryEvaluation.plan(new HistorySpec(HistoryFixtures.history(runs),
                c3o(), List.of("sgd"), List.of(0), 1, true, 1));
        // m5.large sorts before wallynode: the one-run context is sgd-h00
        assertEquals(List.of("900 c3o runs of sgd + 76 runs of your context sgd-h01",
                "900 c3o runs of sgd + 1 run of your context sgd-h00"),
                plan.pretraining().stream().map(PretrainingPlan::describe).toList());
        assertEquals(List.of(), plan.notes());
        assertEquals(List.of("history/sgd/sgd-h00/k0/s0", "history/sgd/sgd-h01/k0/s0"),
                plan.cases().stream().map(EvaluationCase::caseId).toList());
        assertEquals(List.of(4), plan.cases().get(0).test().stream().map(TestPoint::scaleOut)
                .toList());
    }

    @Test
    void noCaseLeftIsAnErrorWithTheReasons() {
        UserHistory history = HistoryFixtures.history(HistoryFixtures.flink(50000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistoryEvaluation.plan(new HistorySpec(history, PublicRuns.NONE, List.of(),
                        List.of(0, 6), 1, false, 1)));
        assertEquals("no case to evaluate: wordcount-h00 has 6 scale-outs: k = 6 not evaluated, "
                + "no scale-out would be left to test.; wordcount: k = 0 not evaluated for any "
                + "context: with no pre-training data there is nothing to predict from.",
                e.getMessage());
    }

    @Test
    void specRefusesBadValues() {
        UserHistory history = HistoryFixtures.history(HistoryFixtures.flink(50000));
        assertEquals("seeds must be >= 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> new HistorySpec(history, PublicRuns.NONE, List.of(), KS, 0, false, 1))
                .getMessage());
        assertEquals("ks must be distinct numbers >= 0, got [1, 1]", assertThrows(
                IllegalArgumentException.class, () -> new HistorySpec(history, PublicRuns.NONE,
                        List.of(), List.of(1, 1), 1, false, 1)).getMessage());
        assertEquals("the history has no run of algorithm 'grep'; it has: wordcount",
                assertThrows(IllegalArgumentException.class, () -> new HistorySpec(history,
                        PublicRuns.NONE, List.of("grep"), KS, 1, false, 1)).getMessage());
        assertEquals("the history has no run", assertThrows(IllegalArgumentException.class,
                () -> UserHistory.of(Map.of())).getMessage());
    }
}
