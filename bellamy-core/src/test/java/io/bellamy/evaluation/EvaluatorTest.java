package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.baselines.ErnestPredictor;
import io.bellamy.prediction.RuntimePredictor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static List<EvaluationCase> grepCases() throws IOException {
        return SplitManifest.read(EvalFixtures.c3oManifest()).cases().stream()
                .filter(c -> c.algorithm().equals("grep")).toList();
    }

    private static List<String> rows(EvaluationResults r) {
        return r.points().stream().map(p -> p.evaluationCase().caseId() + " " + p.method() + " "
                + p.point().scaleOut() + " " + p.point().predicted()).toList();
    }

    @Test
    void resultsAreOrderedByCaseAndMethodAndEqualWhateverTheThreads() throws IOException {
        List<EvaluationCase> cases = grepCases();
        List<EvaluationMethod> methods = List.of(
                EvaluationMethod.of(FakeMethods.jittery("slow", 0)),
                EvaluationMethod.of(new ErnestPredictor()));
        EvaluationResults one = new Evaluator(methods, 1, ProgressListener.NONE)
                .run(cases, EvalFixtures.source());
        EvaluationResults four = new Evaluator(methods, 4, ProgressListener.NONE)
                .run(cases, EvalFixtures.source());
        assertEquals(rows(one), rows(four));
        assertEquals(2 * 162, four.results().size());
        for (int i = 0; i < four.results().size(); i++) {
            assertSame(cases.get(i / 2), four.results().get(i).evaluationCase());
            assertEquals(i % 2 == 0 ? "slow" : "ernest", four.results().get(i).method());
        }
    }

    @Test
    void methodsNeedingMoreScaleOutsThanKAreSkippedNotFailed() throws IOException {
        EvaluationResults r = new Evaluator(List.of(EvaluationMethod.of(FakeMethods.jittery("needs3", 3))),
                2, ProgressListener.NONE).run(grepCases(), EvalFixtures.source());
        for (MethodResult m : r.results()) {
            assertEquals(m.evaluationCase().k() < 3, m.skipped(), m.evaluationCase().caseId());
            assertEquals(m.skipped() ? 0 : m.evaluationCase().test().size(), m.points().size());
            assertEquals(m.skipped(), Double.isNaN(m.fitMs()));
        }
        assertEquals(0, r.errors("needs3", p -> p.evaluationCase().k() == 2).n());
    }

    @Test
    void eachMethodIsAskedOncePerAlgorithmAndFold() throws IOException {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        EvaluationMethod counting = new EvaluationMethod() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public RuntimePredictor forFold(FoldData fold) {
                calls.computeIfAbsent(fold.algorithm() + "/" + fold.fold(), k -> new AtomicInteger())
                        .incrementAndGet();
                return FakeMethods.jittery("counting", 0);
            }
        };
        new Evaluator(List.of(counting), 2, ProgressListener.NONE).run(grepCases(), EvalFixtures.source());
        assertEquals(Set.of("grep/0", "grep/1", "grep/2", "grep/3", "grep/4"), calls.keySet());
        calls.values().forEach(c -> assertEquals(1, c.get()));
    }

    @Test
    void listenerHearsEveryCaseAndMethod() throws IOException {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        Set<String> started = ConcurrentHashMap.newKeySet();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void methodStarted(EvaluationCase c, String method) {
                started.add(c.caseId() + "/" + method);
            }

            @Override
            public void caseFinished(EvaluationCase c, int n, int total) {
                assertEquals(162, total);
                done.add(n);
            }
        };
        new Evaluator(List.of(EvaluationMethod.of(new ErnestPredictor())), 2, listener)
                .run(grepCases(), EvalFixtures.source());
        assertEquals(162, started.size());
        assertEquals(new HashSet<>(done), new HashSet<>(java.util.stream.IntStream
                .rangeClosed(1, 162).boxed().toList()));
    }

    @Test
    void aFailingMethodStopsTheEvaluationNamingMethodAndCase() throws IOException {
        RuntimePredictor failing = new RuntimePredictor() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public int minScaleOuts() {
                return 0;
            }

            @Override
            public io.bellamy.prediction.FittedRuntimeModel fit(io.bellamy.prediction.TrainingData d) {
                throw new IllegalArgumentException("cannot fit");
            }
        };
        List<EvaluationCase> one = grepCases().subList(0, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Evaluator(
                List.of(EvaluationMethod.of(failing)), 1, ProgressListener.NONE)
                .run(one, EvalFixtures.source()));
        assertEquals("method broken failed on case c3o/grep/f0/grep-c16/k0: cannot fit", e.getMessage());
        assertTrue(e.getCause() instanceof IllegalArgumentException);
    }

    @Test
    void refusesDuplicateMethodNamesAndBadThreadCounts() {
        EvaluationMethod e = EvaluationMethod.of(new ErnestPredictor());
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> new Evaluator(List.of(e, e), 1, ProgressListener.NONE));
        assertEquals("method names must be distinct, got [ernest, ernest]", dup.getMessage());
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class,
                () -> new Evaluator(List.of(e), 0, ProgressListener.NONE));
        assertEquals("threads must be >= 1, got 0", threads.getMessage());
    }

    @Test
    void relativeErrorIsAbsoluteDifferenceOverTheMedian() throws IOException {
        EvaluationCase c = grepCases().get(0);   // grep-c16, k = 0, test 2 -> 180 s, ...
        EvaluationResults r = new Evaluator(List.of(EvaluationMethod.of(
                FakeMethods.jittery("fake", 0))), 1, ProgressListener.NONE)
                .run(List.of(c), EvalFixtures.source());
        PointResult first = r.results().get(0).points().get(0);
        assertEquals(2, first.scaleOut());
        assertEquals(180.0, first.actual(), 0.0);
        assertEquals(Math.abs(first.predicted() - 180.0) / 180.0, first.relativeError(), 0.0);
    }
}
