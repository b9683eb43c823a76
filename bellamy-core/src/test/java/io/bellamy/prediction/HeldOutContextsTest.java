package io.bellamy.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.allocation.CheapestPolicy;
import io.bellamy.allocation.DeadlinePolicy;
import io.bellamy.allocation.FastestPolicy;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.config.BellamyConfig;
import io.bellamy.data.C3oReader;
import io.bellamy.data.ContextKey;
import io.bellamy.data.PredictionRequest;
import io.bellamy.data.RunRecord;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.training.FineTuneSettings;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.Pretrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pre-trains grep on C3O without a fifth of its contexts, then predicts each held-out context
 * from 3 of its scale-outs (SPEC §6), as a user with a little history would.
 */
class HeldOutContextsTest {

    private static final Set<Integer> GIVEN = Set.of(2, 6, 12);
    private static List<RunRecord> all;
    private static List<ContextKey> heldOut;
    private static BellamyModel model;
    private static BellamyConfig config;

    @BeforeAll
    static void pretrain() throws Exception {
        all = C3oReader.fromFileName().read(Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("../shared/datasets/c3o/grep.tsv"));
        List<ContextKey> contexts = List.copyOf(all.stream().map(RunRecord::context)
                .collect(Collectors.toCollection(TreeSet::new)));
        heldOut = new ArrayList<>();
        for (int i = 1; i < contexts.size(); i += 5) {
            heldOut.add(contexts.get(i));
        }
        List<RunRecord> train = all.stream().filter(r -> !heldOut.contains(r.context())).toList();
        config = BellamyConfig.defaults();
        config = config.withModel(config.model().withEpochs(2500));
        model = new Pretrainer("test").pretrain("c3o", "grep", train,
                PretrainOptions.fixed(config, Hyperparameters.REFERENCE, 42),
                PretrainListener.NONE).model();
    }

    private static PredictionRequest request(ContextKey c, RunRecord sample) {
        return new PredictionRequest(2, 12, c.machineType(), c.jobArgs(), c.dataSizeMB(),
                c.dataCharacteristics(), c.environment(), c.jobType(),
                sample.memory() / sample.instanceCount(), sample.slots() / sample.instanceCount());
    }

    private static Map<Integer, Double> medians(ContextKey c) {
        Map<Integer, List<Double>> byScaleOut = new TreeMap<>();
        all.stream().filter(r -> r.context().equals(c)).forEach(r -> byScaleOut
                .computeIfAbsent(r.instanceCount(), k -> new ArrayList<>()).add(r.grossRuntime()));
        Map<Integer, Double> medians = new TreeMap<>();
        byScaleOut.forEach((n, values) -> {
            double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            medians.put(n, v.length % 2 == 1 ? v[v.length / 2]
                    : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
        });
        return medians;
    }

    @Test
    void fineTuningOnThreeScaleOutsPredictsTheOthersWithinTenPercent() {
        PredictionService service = new PredictionService(m -> FineTuneSettings.from(config,
                m.hyperparameters()), FineTuneCache.inMemory(), 42);
        double sumBefore = 0;
        double sumAfter = 0;
        int points = 0;
        for (ContextKey c : heldOut) {
            List<RunRecord> history = all.stream()
                    .filter(r -> r.context().equals(c) && GIVEN.contains(r.instanceCount()))
                    .toList();
            PredictionRequest request = request(c, history.get(0));
            Prediction before = service.predict(model, request, List.of());
            Prediction after = service.predict(model, request, history);
            assertFalse(before.fineTuned());
            assertTrue(after.fineTuned());
            assertEquals(history.size(), after.recordsUsed());
            Map<Integer, Double> actual = medians(c);
            for (int i = 0; i < after.curve().points().size(); i++) {
                RuntimeCurve.Point p = after.curve().points().get(i);
                Double truth = actual.get(p.scaleOut());
                if (truth == null || GIVEN.contains(p.scaleOut())) {
                    continue;
                }
                sumAfter += Math.abs(p.runtime() - truth) / truth;
                sumBefore += Math.abs(before.curve().points().get(i).runtime() - truth) / truth;
                points++;
            }
        }
        double mreBefore = sumBefore / points;
        double mreAfter = sumAfter / points;
        System.err.printf("held-out grep contexts: %d, test points %d, MRE before %.3f after %.3f%n",
                heldOut.size(), points, mreBefore, mreAfter);
        assertTrue(mreAfter < mreBefore, "fine-tuning must help: " + mreBefore + " -> " + mreAfter);
        assertTrue(mreAfter <= 0.10, "MRE after fine-tuning " + mreAfter);
    }

    @Test
    void policiesChooseWhatTheMeasuredMediansJustify() {
        PredictionService service = new PredictionService(m -> FineTuneSettings.from(config,
                m.hyperparameters()), FineTuneCache.inMemory(), 42);
        for (ContextKey c : heldOut) {
            List<RunRecord> history = all.stream()
                    .filter(r -> r.context().equals(c) && GIVEN.contains(r.instanceCount()))
                    .toList();
            Prediction p = service.predict(model, request(c, history.get(0)), history);
            Map<Integer, Double> actual = medians(c);
            RuntimeCurve measured = new RuntimeCurve(actual.entrySet().stream()
                    .map(e -> new RuntimeCurve.Point(e.getKey(), e.getValue())).toList(), 1.0);
            RuntimeCurve predicted = new RuntimeCurve(p.curve().points().stream()
                    .filter(pt -> actual.containsKey(pt.scaleOut())).toList(), 1.0);
            // fastest: the chosen scale-out's measured runtime is within 10% of the best measured
            int fastest = new FastestPolicy().recommend(predicted).scaleOut();
            double bestMeasured = actual.values().stream().mapToDouble(Double::doubleValue).min()
                    .orElseThrow();
            assertTrue(actual.get(fastest) <= 1.10 * bestMeasured,
                    c + ": fastest chose " + fastest + " " + actual);
            // cheapest: the chosen scale-out's measured cost is within 10% of the cheapest measured
            int cheapest = new CheapestPolicy().recommend(predicted).scaleOut();
            double bestCost = measured.points().stream().mapToDouble(measured::cost).min()
                    .orElseThrow();
            assertTrue(actual.get(cheapest) * cheapest / 3600.0 <= 1.10 * bestCost,
                    c + ": cheapest chose " + cheapest + " " + actual);
            // deadline at the measured runtime of 8 nodes: the choice meets it when measured
            double deadline = actual.get(6) * 1.3;
            var rec = new DeadlinePolicy(deadline, 0.95, 0.10).recommend(predicted);
            if (rec.satisfied()) {
                assertTrue(actual.get(rec.scaleOut()) <= deadline,
                        c + ": deadline chose " + rec.scaleOut() + " " + actual);
            }
        }
    }
}
