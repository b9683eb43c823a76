package io.bellamy.adaptation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.C3oReader;
import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.prediction.FittedRuntimeModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out cases on the real C3O grep runs (27 contexts, 6 scale-outs each), with a cheap
 * fake pre-training (the median runtime per scale-out of the training runs): the number and
 * shape of the cases, that no model is trained on a context it is asked about (leakage), that
 * every case's prior comes from the model of its own fold, and determinism for a seed.
 */
class HeldOutCalibrationTest {

    private static final long SEED = 11;
    private static List<RunRecord> grep;
    private static Map<ContextKey, List<RunRecord>> byContext;

    @BeforeAll
    static void readGrep() {
        Path file = Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("../shared/datasets/c3o/grep.tsv");
        try {
            grep = C3oReader.fromFileName().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byContext = grep.stream().collect(Collectors.groupingBy(RunRecord::context, TreeMap::new,
                Collectors.toList()));
    }

    /** A pre-trained "model": the median runtime per scale-out of its training runs. */
    private static final class MedianModel implements FittedRuntimeModel {
        final List<RunRecord> training;
        final TreeMap<Integer, Double> medians = new TreeMap<>();
        final Set<ContextKey> asked = Collections.synchronizedSet(new HashSet<>());

        MedianModel(List<RunRecord> training) {
            this.training = training;
            training.stream().collect(Collectors.groupingBy(RunRecord::instanceCount))
                    .forEach((n, runs) -> medians.put(n, HeldOutCalibration.median(
                            runs.stream().mapToDouble(RunRecord::grossRuntime).toArray())));
        }

        double at(int n) {
            var floor = medians.floorEntry(n);
            return (floor != null ? floor : medians.ceilingEntry(n)).getValue();
        }

        @Override
        public double predict(RunRecord query) {
            asked.add(query.context());
            return at(query.instanceCount());
        }

        PriorModels priorModels() {
            double[] all = training.stream().mapToDouble(RunRecord::grossRuntime).toArray();
            return new PriorModels(this, null, medians.firstKey(), medians.lastKey(),
                    HeldOutCalibration.median(all));
        }
    }

    /** The fake pre-training; remembers each model it made, in call order. */
    private static final class FakePretrain implements Function<List<RunRecord>, PriorModels> {
        final List<MedianModel> models = new ArrayList<>();

        @Override
        public PriorModels apply(List<RunRecord> runs) {
            MedianModel m = new MedianModel(runs);
            models.add(m);
            return m.priorModels();
        }
    }

    private static Set<ContextKey> contexts(List<RunRecord> runs) {
        return runs.stream().map(RunRecord::context).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int scaleOuts(List<RunRecord> runs) {
        return (int) runs.stream().mapToInt(RunRecord::instanceCount).distinct().count();
    }

    @Test
    void theDataIsTwentySevenContextsOfSixScaleOuts() {
        assertEquals(810, grep.size());
        assertEquals(27, byContext.size());
        byContext.values().forEach(runs -> assertEquals(6, scaleOuts(runs)));
    }

    @Test
    void everyContextHeldOutOnceGivesOnePlusTwoDrawsPerKUpToFive() {
        FakePretrain pretrain = new FakePretrain();
        List<CalibrationCase> cases = HeldOutCalibration.cases(grep, HeldOutCalibration.FOLDS,
                pretrain, SEED);
        int expected = 0;
        for (List<RunRecord> runs : byContext.values()) {
            int s = scaleOuts(runs);
            expected += 1 + HeldOutCalibration.DRAWS * Math.min(HeldOutCalibration.MAX_K, s - 1);
        }
        assertEquals(27 * 11, expected);
        assertEquals(expected, cases.size());
        assertEquals(HeldOutCalibration.FOLDS, pretrain.models.size());
        int[] perK = new int[HeldOutCalibration.MAX_K + 1];
        cases.forEach(c -> perK[c.k()]++);
        assertArrayEquals(new int[] {27, 54, 54, 54, 54, 54}, perK);
    }

    @Test
    void aCaseGivesAllRepetitionsOfKScaleOutsAndTestsTheMedianOfEveryOther() {
        List<CalibrationCase> cases = HeldOutCalibration.cases(grep, HeldOutCalibration.FOLDS,
                new FakePretrain(), SEED);
        for (int i = 0; i < cases.size(); i++) {
            CalibrationCase c = cases.get(i);
            if (c.k() == 0) {
                assertTrue(c.given().isEmpty());
                assertEquals(6, c.testScaleOuts().length);
                // the next case is the same context's first k = 1 case, on the same prior
                assertSame(c.network(), cases.get(i + 1).network());
                continue;
            }
            Set<ContextKey> ctx = contexts(c.given());
            assertEquals(1, ctx.size(), "one context per case");
            List<RunRecord> all = byContext.get(ctx.iterator().next());
            Set<Integer> given = c.given().stream().map(RunRecord::instanceCount)
                    .collect(Collectors.toSet());
            assertEquals(c.k(), given.size());
            List<RunRecord> expectedGiven = all.stream()
                    .filter(r -> given.contains(r.instanceCount())).toList();
            assertEquals(new HashSet<>(expectedGiven), new HashSet<>(c.given()),
                    "all repetitions of the given scale-outs");
            assertEquals(expectedGiven.size(), c.given().size());
            int[] tests = all.stream().mapToInt(RunRecord::instanceCount).distinct()
                    .filter(n -> !given.contains(n)).sorted().toArray();
            assertArrayEquals(tests, c.testScaleOuts());
            for (int t = 0; t < tests.length; t++) {
                int n = tests[t];
                double median = HeldOutCalibration.median(all.stream()
                        .filter(r -> r.instanceCount() == n)
                        .mapToDouble(RunRecord::grossRuntime).toArray());
                assertEquals(median, c.testRuntimes()[t], 0.0);
            }
        }
    }

    @Test
    void noModelIsTrainedOnAContextItIsAskedAbout() {
        FakePretrain pretrain = new FakePretrain();
        List<CalibrationCase> cases = HeldOutCalibration.cases(grep, HeldOutCalibration.FOLDS,
                pretrain, SEED);
        Set<ContextKey> heldOutSomewhere = new TreeSet<>();
        for (MedianModel m : pretrain.models) {
            Set<ContextKey> trained = contexts(m.training);
            assertFalse(m.asked.isEmpty());
            for (ContextKey asked : m.asked) {
                assertFalse(trained.contains(asked), "leak: " + asked);
                assertTrue(heldOutSomewhere.add(asked), "held out twice: " + asked);
            }
            // the training runs are exactly every run of the other contexts
            List<RunRecord> expected = grep.stream().filter(r -> !m.asked.contains(r.context()))
                    .toList();
            assertEquals(expected.size(), m.training.size());
            assertEquals(new HashSet<>(expected), new HashSet<>(m.training));
            assertEquals(27, m.asked.size() + trained.size());
        }
        assertEquals(byContext.keySet(), heldOutSomewhere, "every context held out once");

        // every case's prior is its own fold's model, which never saw the context
        for (CalibrationCase c : cases) {
            if (c.k() == 0) {
                continue;
            }
            ContextKey ctx = c.given().get(0).context();
            MedianModel own = pretrain.models.stream().filter(m -> m.asked.contains(ctx))
                    .findFirst().orElseThrow();
            assertFalse(contexts(own.training).contains(ctx));
            PriorCurve prior = c.network();
            for (int n = prior.lo(); n <= prior.hi(); n++) {
                assertEquals(own.at(n), prior.runtime(n), 0.0, "n=" + n);
            }
        }
    }

    @Test
    void oneHeldOutFoldIsAFifthOfTheContextsAndOnePretraining() {
        FakePretrain pretrain = new FakePretrain();
        List<CalibrationCase> cases = HeldOutCalibration.cases(grep, 1, pretrain, SEED);
        assertEquals(1, pretrain.models.size());
        MedianModel m = pretrain.models.get(0);
        assertEquals(6, m.asked.size(), "contexts 0, 5, ..., 25 of 27");
        assertEquals(21, contexts(m.training).size());
        assertEquals(6 * 11, cases.size());
    }

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
        List<CalibrationCase> a = HeldOutCalibration.cases(grep, 2, new FakePretrain(), SEED);
        List<CalibrationCase> b = HeldOutCalibration.cases(grep, 2, new FakePretrain(), SEED);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            CalibrationCase x = a.get(i);
            CalibrationCase y = b.get(i);
            assertEquals(x.k(), y.k());
            assertEquals(x.given(), y.given());
            assertArrayEquals(x.testScaleOuts(), y.testScaleOuts());
            assertArrayEquals(x.testRuntimes(), y.testRuntimes(), 0.0);
            for (int n = 1; n <= 2 * x.network().hi(); n++) {
                assertEquals(x.network().runtime(n), y.network().runtime(n), 0.0);
            }
        }
        FakePretrain p1 = new FakePretrain();
        FakePretrain p2 = new FakePretrain();
        HeldOutCalibration.cases(grep, 1, p1, SEED);
        HeldOutCalibration.cases(grep, 1, p2, SEED + 1);
        assertNotEquals(p1.models.get(0).asked, p2.models.get(0).asked,
                "another seed deals the contexts differently");
    }

    @Test
    void calibrateChoosesOnEveryCase() {
        AdaptationSettings s = HeldOutCalibration.calibrate(grep, HeldOutCalibration.FOLDS,
                new FakePretrain(), SEED);
        assertEquals(27 * 11, s.cases());
        assertEquals(1.0, s.networkWeight(), 0.0, "no global model");
        assertEquals(HeldOutCalibration.MAX_K + 1, s.penalties().size());
        assertEquals(HeldOutCalibration.MAX_K + 1, s.logErrors().size());
        for (int k = 1; k <= HeldOutCalibration.MAX_K; k++) {
            assertTrue(Calibration.LEVEL_GRID.contains(s.penalties(k).level()));
            assertTrue(Calibration.SLOPE_GRID.contains(s.penalties(k).slope()));
            double w = s.logHalfWidth(k, 0.9);
            assertTrue(w > 0 && Double.isFinite(w), "k=" + k + ": " + w);
        }
    }

    @Test
    void fewerContextsThanFoldsGiveNoCaseAndTheDefaults() {
        Set<ContextKey> firstFour = contexts(grep).stream().limit(4).collect(Collectors.toSet());
        List<RunRecord> four = grep.stream().filter(r -> firstFour.contains(r.context())).toList();
        assertEquals(4, contexts(four).size());
        FakePretrain pretrain = new FakePretrain();
        assertEquals(List.of(), HeldOutCalibration.cases(four, 1, pretrain, SEED));
        assertTrue(pretrain.models.isEmpty(), "no pre-training");
        assertSame(AdaptationSettings.DEFAULTS, HeldOutCalibration.calibrate(four, 5, pretrain,
                SEED));
    }

    @Test
    void rejectsAHeldOutFoldCountOutsideOneToFive() {
        for (int bad : new int[] {0, 6, -1}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> HeldOutCalibration.cases(grep, bad, new FakePretrain(), SEED));
            assertTrue(e.getMessage().contains("got " + bad), e.getMessage());
        }
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, HeldOutCalibration.median(new double[] {5, 1, 3}), 0.0);
        assertEquals(2.5, HeldOutCalibration.median(new double[] {4, 1, 3, 2}), 0.0);
    }
}
