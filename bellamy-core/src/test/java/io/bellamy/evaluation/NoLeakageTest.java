package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A spy method sees everything the evaluation hands it over the whole C3O and Bell manifests;
 * none of it may come from a context its case or fold tests on, and queries carry no runtime.
 */
class NoLeakageTest {

    /** What the spy saw while working on one case (one thread, so cases come one at a time). */
    private static final class Spy implements EvaluationMethod, ProgressListener {
        final List<FoldData> folds = new ArrayList<>();
        final Map<String, TrainingData> training = new HashMap<>();
        final Map<String, List<RunRecord>> queries = new HashMap<>();
        String current;

        @Override
        public String name() {
            return "spy";
        }

        @Override
        public void methodStarted(EvaluationCase c, String method) {
            current = c.caseId();
        }

        @Override
        public RuntimePredictor forFold(FoldData fold) {
            folds.add(fold);
            return new RuntimePredictor() {
                @Override
                public String name() {
                    return "spy";
                }

                @Override
                public int minScaleOuts() {
                    return 0;
                }

                @Override
                public FittedRuntimeModel fit(TrainingData data) {
                    String id = current;
                    training.put(id, data);
                    return q -> {
                        queries.computeIfAbsent(id, k -> new ArrayList<>()).add(q);
                        return 100;
                    };
                }
            };
        }
    }

    @Test
    void c3oCasesNeverSeeTheirOwnContextOrTheirFoldsContexts() throws IOException {
        SplitManifest m = SplitManifest.read(EvalFixtures.c3oManifest());
        Spy spy = new Spy();
        new Evaluator(List.of(spy), 1, spy).run(m.cases(), EvalFixtures.source());
        assertEquals(25, spy.folds.size(), "5 algorithms x 5 folds");
        Map<String, Set<ContextKey>> foldContexts = new HashMap<>();
        for (EvaluationCase c : m.cases()) {
            TrainingData d = spy.training.get(c.caseId());
            foldContexts.computeIfAbsent(c.algorithm() + "/" + c.fold(), k -> new HashSet<>())
                    .add(d.target());
        }
        for (FoldData f : spy.folds) {
            Set<ContextKey> tested = foldContexts.get(f.algorithm() + "/" + f.fold());
            assertFalse(tested.isEmpty());
            for (RunRecord r : f.preTrainingRuns()) {
                assertFalse(tested.contains(r.context()), "fold " + f.fold() + " pre-trains on " + r);
            }
        }
        for (EvaluationCase c : m.cases()) {
            checkCase(c, spy, foldContexts.get(c.algorithm() + "/" + c.fold()), 5);
        }
    }

    @Test
    void bellCasesSeeC3oRunsOnlyAndTheirChosenScaleOuts() throws IOException {
        SplitManifest m = SplitManifest.read(EvalFixtures.bellManifest());
        Spy spy = new Spy();
        new Evaluator(List.of(spy), 1, spy).run(m.cases(), EvalFixtures.source());
        assertEquals(3, spy.folds.size(), "one fold per algorithm");
        for (FoldData f : spy.folds) {
            assertTrue(f.preTrainingRuns().stream().allMatch(r -> r.environment()
                    .equals(io.bellamy.data.C3oReader.ENVIRONMENT)), f.algorithm());
        }
        for (EvaluationCase c : m.cases()) {
            checkCase(c, spy, Set.of(spy.training.get(c.caseId()).target()), 5);
        }
    }

    private static void checkCase(EvaluationCase c, Spy spy, Set<ContextKey> tested, int reps) {
        TrainingData d = spy.training.get(c.caseId());
        for (RunRecord r : d.otherRuns()) {
            assertFalse(tested.contains(r.context()), c.caseId() + " other run " + r);
        }
        assertEquals(reps * c.k(), d.targetRuns().size(), c.caseId() + ": all repetitions");
        for (RunRecord r : d.targetRuns()) {
            assertEquals(d.target(), r.context());
            assertTrue(c.trainScaleOuts().contains(r.instanceCount()), c.caseId() + " " + r);
        }
        List<RunRecord> q = spy.queries.get(c.caseId());
        assertEquals(c.test().stream().map(TestPoint::scaleOut).toList(),
                q.stream().map(RunRecord::instanceCount).toList());
        for (RunRecord r : q) {
            assertEquals(d.target(), r.context());
            assertEquals(Evaluator.QUERY_RUNTIME, r.grossRuntime(), 0.0, "the runtime is hidden");
        }
    }

    @Test
    void theAssertionRefusesAFoldHoldingTheTargetContext() throws IOException {
        RunRecord run = EvalFixtures.c3oRuns().get("grep").get(0);
        ContextKey target = run.context();
        EvaluationCase c = SplitManifest.read(EvalFixtures.c3oManifest()).cases().get(0);
        EvaluationData.Fold leaky = new EvaluationData.Fold(new FoldData("grep", 0, List.of(run)),
                Set.of(target), List.of("grep-c00"));
        TrainingData data = new TrainingData(target, List.of(), List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NoLeakage.check(c, target, leaky, data));
        assertTrue(e.getMessage().startsWith("leakage in case c3o/grep/f0/grep-c16/k0: the fold's "
                + "pre-training runs contain the target context"), e.getMessage());
        EvaluationData.Fold clean = new EvaluationData.Fold(new FoldData("grep", 0, List.of()),
                Set.of(), List.of());
        TrainingData other = new TrainingData(target, List.of(), List.of(run));
        IllegalStateException e2 = assertThrows(IllegalStateException.class,
                () -> NoLeakage.check(c, target, clean, other));
        assertTrue(e2.getMessage().contains("the other runs contain a run of the target context"),
                e2.getMessage());
    }
}
