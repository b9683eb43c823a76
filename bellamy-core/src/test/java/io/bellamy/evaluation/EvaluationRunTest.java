package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the facade chooses its cases. */
class EvaluationRunTest {

    @Test
    void generatedCasesOfTheDefaultSpecsAreTheManifests() throws IOException {
        for (EvaluationVariant v : EvaluationVariant.values()) {
            EvaluationSpec spec = EvaluationSpec.defaults(v, EvalFixtures.source());
            SplitManifest m = SplitManifest.read(v == EvaluationVariant.C3O
                    ? EvalFixtures.c3oManifest() : EvalFixtures.bellManifest());
            assertEquals(m.cases(), EvaluationRun.cases(spec), v.id());
            assertEquals(m.cases(), EvaluationRun.cases(spec.withManifest(m.source())), v.id());
        }
    }

    @Test
    void algorithmsAndKsFilterTheManifestsCases() throws IOException {
        List<EvaluationCase> cases = EvaluationRun.cases(EvaluationSpec
                .defaults(EvaluationVariant.C3O, EvalFixtures.source())
                .withManifest(EvalFixtures.c3oManifest())
                .withAlgorithms(List.of("sort")).withKs(List.of(1, 2)));
        assertEquals(42, cases.size(), "21 sort contexts x 2 ks");
        cases.forEach(c -> {
            assertEquals("sort", c.algorithm());
            assertEquals(true, c.k() == 1 || c.k() == 2);
        });
    }

    @Test
    void refusesAManifestOfAnotherVariant() {
        EvaluationSpec spec = EvaluationSpec.defaults(EvaluationVariant.BELL_CROSS,
                EvalFixtures.source()).withManifest(EvalFixtures.c3oManifest());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationRun.cases(spec));
        assertEquals(EvalFixtures.c3oManifest() + " holds c3o cases, not bell-cross", e.getMessage());
    }

    @Test
    void refusesAnAlgorithmWithoutCases() {
        EvaluationSpec spec = EvaluationSpec.defaults(EvaluationVariant.BELL_CROSS,
                EvalFixtures.source()).withManifest(EvalFixtures.bellManifest())
                .withAlgorithms(List.of("kmeans"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationRun.cases(spec));
        assertEquals("no bell-cross case for algorithm 'kmeans'; available: grep, pagerank, sgd",
                e.getMessage());
    }

    @Test
    void variantsParseFromCliAndManifestNames() {
        assertEquals(EvaluationVariant.BELL_CROSS, EvaluationVariant.parse("bell-cross"));
        assertEquals(EvaluationVariant.BELL_CROSS, EvaluationVariant.parse("bell_xenv"));
        assertEquals(EvaluationVariant.C3O, EvaluationVariant.parse("c3o"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationVariant.parse("bell"));
        assertEquals("unknown evaluation variant 'bell'; valid: c3o, bell-cross (bell_xenv)",
                e.getMessage());
    }

    @Test
    void specRefusesBadKsAndThreads() {
        EvaluationSpec spec = EvaluationSpec.defaults(EvaluationVariant.C3O, EvalFixtures.source());
        assertEquals("ks must be distinct numbers >= 0, got [-1]", assertThrows(
                IllegalArgumentException.class, () -> spec.withKs(List.of(-1))).getMessage());
        assertEquals("threads must be >= 1, got 0", assertThrows(
                IllegalArgumentException.class, () -> spec.withThreads(0)).getMessage());
    }
}
