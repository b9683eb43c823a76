package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator reproduces the shared split manifests exactly from the public data. */
class CaseGeneratorTest {

    @Test
    void generatedC3oCasesEqualTheManifestCaseByCase() throws IOException {
        SplitManifest manifest = SplitManifest.read(EvalFixtures.c3oManifest());
        List<EvaluationCase> generated = CaseGenerator.c3o(EvalFixtures.c3oRuns(),
                CaseGenerator.DEFAULT_KS, CaseGenerator.DEFAULT_SEED);
        assertEquals(930, manifest.cases().size());
        assertEquals(manifest.cases().size(), generated.size());
        for (int i = 0; i < generated.size(); i++) {
            assertEquals(manifest.cases().get(i), generated.get(i), "case #" + i);
        }
    }

    @Test
    void generatedContextTablesAndFoldsEqualTheManifest() throws IOException {
        SplitManifest manifest = SplitManifest.read(EvalFixtures.c3oManifest());
        for (Map.Entry<String, List<RunRecord>> e : EvalFixtures.c3oRuns().entrySet()) {
            ContextIndex index = ContextIndex.of(e.getKey(), e.getValue());
            SplitManifest.ContextTable table = manifest.algorithms().get(e.getKey());
            assertEquals(table.contextColumns(), index.columns(), e.getKey());
            List<List<String>> folds = CaseGenerator.deal(index.ids(), CaseGenerator.DEFAULT_SEED);
            List<SplitManifest.ManifestContext> expected = new ArrayList<>();
            for (String id : index.ids()) {
                int fold = 0;
                while (!folds.get(fold).contains(id)) {
                    fold++;
                }
                expected.add(new SplitManifest.ManifestContext(id, index.key(id), fold));
            }
            assertEquals(table.contexts(), expected, e.getKey());
        }
    }

    @Test
    void generatedBellCrossCasesEqualTheManifestCaseByCase() throws IOException {
        SplitManifest manifest = SplitManifest.read(EvalFixtures.bellManifest());
        List<EvaluationCase> generated = CaseGenerator.bellCross(EvalFixtures.c3oRuns(),
                EvalFixtures.bellRuns(), CaseGenerator.DEFAULT_KS);
        assertEquals(48, manifest.cases().size());
        assertEquals(manifest.cases(), generated);
    }

    @Test
    void anotherFoldSeedDealsOtherFoldsButKeepsTheChoices() {
        Map<String, List<RunRecord>> grep = Map.of("grep", EvalFixtures.c3oRuns().get("grep"));
        List<EvaluationCase> a = CaseGenerator.c3o(grep, List.of(2), 42);
        List<EvaluationCase> b = CaseGenerator.c3o(grep, List.of(2), 7);
        assertEquals(27, a.size());
        assertEquals(27, b.size());
        EvaluationCase first = b.get(0);
        EvaluationCase same = a.stream().filter(c -> c.contextId().equals(first.contextId()))
                .findFirst().orElseThrow();
        assertEquals(same.trainScaleOuts(), first.trainScaleOuts());
        // python3: random.Random(7).shuffle(list(range(27))), dealt i % 5, fold 0
        assertEquals(List.of("grep-c09", "grep-c25", "grep-c13", "grep-c06", "grep-c17", "grep-c04"),
                b.stream().filter(c -> c.fold() == 0).map(EvaluationCase::contextId).toList());
    }

    @Test
    void refusesBadKs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CaseGenerator.c3o(Map.of(), List.of(1, 1), 42));
        assertEquals("ks must be distinct numbers >= 0, got [1, 1]", e.getMessage());
    }
}
