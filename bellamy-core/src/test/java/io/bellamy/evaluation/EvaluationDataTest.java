package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binding refuses cases that disagree with the data, naming the case. */
class EvaluationDataTest {

    private static EvaluationCase first() throws IOException {
        return SplitManifest.read(EvalFixtures.c3oManifest()).cases().get(0);
    }

    private static EvaluationCase withTest(EvaluationCase c, List<TestPoint> test) {
        return new EvaluationCase(c.caseId(), c.variant(), c.algorithm(), c.fold(), c.contextId(),
                c.contextKey(), c.k(), c.rep(), c.seedString(), c.seed(), c.pretrainContexts(),
                c.trainScaleOuts(), test);
    }

    private static String error(EvaluationCase c) {
        return assertThrows(IllegalArgumentException.class,
                () -> EvaluationData.bind(List.of(c), EvalFixtures.source())).getMessage();
    }

    @Test
    void bindsTheManifestCaseToItsRuns() throws IOException {
        EvaluationData data = EvaluationData.bind(List.of(first()), EvalFixtures.source());
        EvaluationData.BoundCase b = data.cases().get(0);
        assertEquals(List.of(2, 4, 6, 8, 10, 12), b.runs().scaleOuts());
        assertEquals(5, b.runs().at(2).size());
        assertEquals(180.0, b.runs().medianRuntime(2), 0.0);
        // 21 pre-training contexts of 30 runs each
        assertEquals(21 * 30, data.fold(b.foldKey()).data().preTrainingRuns().size());
    }

    @Test
    void refusesAMedianOtherThanTheDatas() throws IOException {
        EvaluationCase c = first();
        List<TestPoint> test = new java.util.ArrayList<>(c.test());
        test.set(0, new TestPoint(2, 181.0, PointLabel.EXTRAPOLATION));
        assertEquals("case c3o/grep/f0/grep-c16/k0: median runtime at scale-out 2 is 181.0 in the "
                + "case but 180.0 in the data", error(withTest(c, test)));
    }

    @Test
    void refusesTestPointsThatDoNotCoverTheContext() throws IOException {
        EvaluationCase c = first();
        assertEquals("case c3o/grep/f0/grep-c16/k0: train and test scale-outs [2, 4, 6, 8, 10] are "
                + "not the context's scale-outs [2, 4, 6, 8, 10, 12]",
                error(withTest(c, c.test().subList(0, 5))));
    }

    @Test
    void refusesAnUnknownContext() throws IOException {
        EvaluationCase c = first();
        EvaluationCase unknown = new EvaluationCase(c.caseId(), c.variant(), c.algorithm(),
                c.fold(), "grep-c99", c.contextKey(), c.k(), c.rep(), c.seedString(), c.seed(),
                c.pretrainContexts(), c.trainScaleOuts(), c.test());
        assertEquals("case c3o/grep/f0/grep-c16/k0: no C3O context 'grep-c99' for algorithm grep "
                + "(it has 27: grep-c00 .. grep-c26)", error(unknown));
    }

    @Test
    void refusesDifferentPretrainingContextsWithinAFold() throws IOException {
        List<EvaluationCase> cases = SplitManifest.read(EvalFixtures.c3oManifest()).cases();
        EvaluationCase a = cases.get(0);
        EvaluationCase b = cases.get(1);
        EvaluationCase fewer = new EvaluationCase(b.caseId(), b.variant(), b.algorithm(), b.fold(),
                b.contextId(), b.contextKey(), b.k(), b.rep(), b.seedString(), b.seed(),
                b.pretrainContexts().subList(1, 21), b.trainScaleOuts(), b.test());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationData.bind(List.of(a, fewer), EvalFixtures.source()));
        assertEquals(true, e.getMessage().startsWith("case c3o/grep/f0/grep-c16/k1: pre-training "
                + "contexts differ from those of the fold's other cases"), e.getMessage());
    }
}
