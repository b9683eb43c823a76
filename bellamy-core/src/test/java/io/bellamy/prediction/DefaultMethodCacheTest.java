package io.bellamy.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.C3oReader;
import io.bellamy.data.ContextKey;
import io.bellamy.data.PredictionRequest;
import io.bellamy.data.RunRecord;
import io.bellamy.features.FeaturePipeline;
import io.bellamy.features.FittedPipeline;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.CorrectionPenalties;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkConfig;
import io.bellamy.model.Provenance;
import io.bellamy.model.TrainingReport;
import io.bellamy.training.FineTuneSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default method's global model on disk ({@link GlobalModelCache}) as separate processes
 * see it: each service here has a cache of its own over one directory.
 */
class DefaultMethodCacheTest {

    private static List<RunRecord> grep;
    private static BellamyModel model;
    private static ContextKey context;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        grep = C3oReader.fromFileName().read(Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("../shared/datasets/c3o/grep.tsv"));
        context = grep.get(0).context();
        // an untrained network is enough: the work and the caching do not depend on its weights
        FittedPipeline pipeline = FeaturePipeline.PROTOTYPE.fit(grep);
        NetworkConfig config = new NetworkConfig(8, pipeline.propertyWidth(), 0.05, 64);
        AdaptationSettings settings = new AdaptationSettings(0.25,
                List.of(new CorrectionPenalties(0.25, 4.0)),
                List.of(new TrainingReport.ErrorQuantiles(0.1, 0.2, 0.3, 0.4)), 10);
        model = new BellamyModel(config, new BellamyNetwork(config, 3).weights(), pipeline,
                Hyperparameters.REFERENCE, new TrainingReport(grep.size(), 1, 1, 10, 1.5, 2.5,
                        9.0, new TrainingReport.ErrorQuantiles(0.01, 0.05, 0.07, 0.1), 0.5),
                new Provenance("c3o", "grep", "2026-11-28T15:00:00Z", 42, "abc", "test"))
                .withAdaptation(settings);
    }

    /** A service as one process makes it: its own caches over the shared directory. */
    private PredictionService process() {
        BellamyConfig config = BellamyConfig.defaults();
        return new PredictionService(m -> FineTuneSettings.from(config, m.hyperparameters()),
                FineTuneCache.inMemory(), new GlobalModelCache(dir, message -> {
                    throw new AssertionError("unexpected warning: " + message);
                }), 42, PredictionService.Method.BELLAMY);
    }

    private static PredictionRequest request() {
        RunRecord sample = grep.stream().filter(r -> r.context().equals(context)).findFirst()
                .orElseThrow();
        return new PredictionRequest(2, 12, context.machineType(), context.jobArgs(),
                context.dataSizeMB(), context.dataCharacteristics(), context.environment(),
                context.jobType(), sample.memory() / sample.instanceCount(),
                sample.slots() / sample.instanceCount());
    }

    private static RunRecord otherContextRun() {
        RunRecord other = grep.stream().filter(r -> !r.context().equals(context)).findFirst()
                .orElseThrow();
        return other.withRuntime(other.grossRuntime() * 3);
    }

    @Test
    void aNewProcessPredictsIdenticallyFromTheCachedGlobalModel() throws IOException {
        Prediction first = process().predict(model, request(), grep);
        assertFalse(first.cached(), "the first process fits the global model");
        Prediction second = process().predict(model, request(), grep);
        assertTrue(second.cached(), "a new process reads it from disk");
        assertEquals(first.curve(), second.curve());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aNewRunOfAnotherContextMakesANewGlobalModel() {
        Prediction before = process().predict(model, request(), grep);
        List<RunRecord> more = new ArrayList<>(grep);
        more.add(otherContextRun());
        Prediction after = process().predict(model, request(), more);
        assertFalse(after.cached(), "the global model learns from the new run");
        assertNotEquals(before.curve(), after.curve());
        assertTrue(process().predict(model, request(), more).cached());
    }

    @Test
    void aNewRunOfTheRequestsContextKeepsTheGlobalModelButChangesTheAnswer() {
        Prediction before = process().predict(model, request(), grep);
        RunRecord own = grep.stream().filter(r -> r.context().equals(context)).findFirst()
                .orElseThrow();
        List<RunRecord> more = new ArrayList<>(grep);
        more.add(own.withRuntime(own.grossRuntime() * 3));
        Prediction after = process().predict(model, request(), more);
        assertTrue(after.cached(), "the global model does not learn from the context's own runs");
        assertEquals(before.recordsUsed() + 1, after.recordsUsed());
        assertNotEquals(before.curve(), after.curve());
    }
}
