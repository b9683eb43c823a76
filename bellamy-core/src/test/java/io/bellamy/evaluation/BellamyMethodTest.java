package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.NetworkRuntimeModel;
import io.bellamy.prediction.RuntimePredictor;
import io.bellamy.prediction.TrainingData;
import io.bellamy.training.FineTuneSettings;
import io.bellamy.training.FineTuner;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.Pretrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The neural evaluation methods on real sort runs, with a short pre-training (30 epochs) to keep
 * the test fast: they are the pre-training and fine-tuning of SPEC §5/§6 wired with derived
 * seeds, deterministic, and safe to fit from several threads.
 */
class BellamyMethodTest {

    private static final int EPOCHS = 30;
    private static final long SEED = 42;
    private static final BellamyConfig CONFIG = BellamyConfig.defaults()
            .withModel(BellamyConfig.defaults().model().withEpochs(EPOCHS));

    private static FoldData fold;
    private static ContextKey target;
    private static List<RunRecord> targetRuns;
    private static List<RunRecord> queries;

    @BeforeAll
    static void splitOneContextOff() {
        List<RunRecord> sort = EvalFixtures.c3oRuns().get("sort");
        target = sort.get(0).context();
        List<RunRecord> others = new ArrayList<>();
        List<RunRecord> own = new ArrayList<>();
        for (RunRecord r : sort) {
            (r.context().equals(target) ? own : others).add(r);
        }
        fold = new FoldData("sort", 0, others);
        int chosen = own.get(0).instanceCount();
        targetRuns = own.stream().filter(r -> r.instanceCount() == chosen).toList();
        queries = own.stream().filter(r -> r.instanceCount() != chosen)
                .map(r -> r.withRuntime(1.0)).toList();
    }

    private static double[] predictAll(FittedRuntimeModel model) {
        return queries.stream().mapToDouble(model::predict).toArray();
    }

    @Test
    void isPretrainingThenFineTuningWithDerivedSeeds() throws Exception {
        RuntimePredictor p = BellamyMethod.faithful(CONFIG, SEED).forFold(fold);
        assertEquals("classic", p.name());
        assertEquals(0, p.minScaleOuts());

        long foldSeed = MethodSeeds.fold(SEED, "sort", 0);
        BellamyModel model = new Pretrainer("test").pretrain("c3o", "sort",
                fold.preTrainingRuns(), PretrainOptions.fixed(CONFIG, Hyperparameters.REFERENCE,
                        foldSeed), PretrainListener.NONE).model();
        TrainingData none = new TrainingData(target, List.of(), fold.preTrainingRuns());
        assertArrayEquals(predictAll(new NetworkRuntimeModel(model.network(), model.pipeline())),
                predictAll(p.fit(none)), 0.0, "k = 0: the pre-trained model as it is");

        TrainingData some = new TrainingData(target, targetRuns, fold.preTrainingRuns());
        var tuned = new FineTuner(FineTuneSettings.from(CONFIG, model.hyperparameters()))
                .fineTune(model.network(), true, model.pipeline(), targetRuns,
                        MethodSeeds.fit(foldSeed, some));
        double[] expected = predictAll(new NetworkRuntimeModel(tuned.network(), model.pipeline()));
        assertArrayEquals(expected, predictAll(p.fit(some)), 0.0, "fine-tuned as SPEC §6");
        assertNotEquals(expected[0], predictAll(p.fit(none))[0], "fine-tuning changed something");
    }

    @Test
    void fitsAreDeterministicAndThreadSafe() throws Exception {
        RuntimePredictor p = new BellamyMethod("classic", CONFIG, false, Hyperparameters.REFERENCE,
                SEED).forFold(fold);
        assertEquals("classic", p.name(), "the name is configurable");
        TrainingData some = new TrainingData(target, targetRuns, fold.preTrainingRuns());
        double[] sequential = predictAll(p.fit(some));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> parallel = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                parallel.add(pool.submit(() -> predictAll(p.fit(some))));
            }
            for (Future<double[]> f : parallel) {
                assertArrayEquals(sequential, f.get(), 0.0);
            }
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(sequential,
                predictAll(BellamyMethod.faithful(CONFIG, SEED).forFold(fold).fit(some)), 0.0,
                "a fresh pre-training with the same seed gives the same predictions");
        assertNotEquals(sequential[0],
                predictAll(BellamyMethod.faithful(CONFIG, SEED + 1).forFold(fold).fit(some))[0],
                "another evaluation seed gives another pre-training");
    }

    @Test
    void withoutPretrainingLearnsNothingFromOtherContextsRuntimes() {
        BellamyNoPretrainingMethod m = new BellamyNoPretrainingMethod(CONFIG, SEED);
        RuntimePredictor p = m.forFold(fold);
        assertEquals("bellamy_nopretrain", p.name());
        assertEquals(1, p.minScaleOuts());
        TrainingData some = new TrainingData(target, targetRuns, fold.preTrainingRuns());
        double[] predicted = predictAll(p.fit(some));

        List<RunRecord> scaled = fold.preTrainingRuns().stream()
                .map(r -> r.withRuntime(10 * r.grossRuntime())).toList();
        RuntimePredictor other = m.forFold(new FoldData("sort", 0, scaled));
        assertArrayEquals(predicted, predictAll(other.fit(new TrainingData(target, targetRuns,
                scaled))), 0.0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.fit(new TrainingData(target, List.of(), scaled)));
        assertEquals("bellamy_nopretrain needs runs at >= 1 scale-out of " + target
                + ", got none", e.getMessage());
    }

    @Test
    void refusesABlankName() {
        assertEquals("method name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new BellamyMethod(" ", CONFIG, false, Hyperparameters.REFERENCE, SEED))
                .getMessage());
    }
}
