package io.bellamy.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import io.bellamy.features.EncodedBatch;
import io.bellamy.features.FeaturePipeline;
import io.bellamy.features.FittedPipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path dir;

    private static List<RunRecord> records() {
        List<RunRecord> records = new ArrayList<>();
        for (int n = 2; n <= 12; n += 2) {
            records.add(new RunRecord("grep", n, 1000.0 / n + 20, "c4.2xlarge", "computer", 15150,
                    "100 150000000 0.5", "public cloud aws emr", "grep-spark", 15000.0 * n, 8.0 * n));
        }
        return records;
    }

    static BellamyModel model() {
        FittedPipeline pipeline = FeaturePipeline.PROTOTYPE.fit(records());
        NetworkConfig config = new NetworkConfig(8, pipeline.propertyWidth(), 0.05, 64);
        BellamyNetwork network = new BellamyNetwork(config, 3);
        return new BellamyModel(config, network.weights(), pipeline,
                new Hyperparameters(0.05, 0.01, 0.001),
                new TrainingReport(6, 1, 1, 10, 1.5, 2.5, 9.0,
                        new TrainingReport.ErrorQuantiles(0.01, 0.05, 0.07, 0.1), 0.5),
                new Provenance("c3o", "grep", "2026-11-28T15:00:00Z", 42, "abc", "test"));
    }

    @Test
    void roundTripPredictsBitIdentically() throws Exception {
        BellamyModel model = model();
        Path file = dir.resolve("c3o/grep/model.json");
        ModelFile.save(model, file);
        BellamyModel loaded = ModelFile.load(file);
        assertArrayEquals(model.weights(), loaded.weights());
        assertEquals(model.pipeline(), loaded.pipeline());
        assertEquals(model.training(), loaded.training());
        assertEquals(model.provenance(), loaded.provenance());
        assertEquals(model.version(), loaded.version());
        EncodedBatch batch = model.pipeline().transform(records());
        NetworkInput input = new NetworkInput(batch.scaleOut(), batch.essential(), batch.optional(),
                batch.optionalMask(), null);
        assertArrayEquals(model.network().predict(input), loaded.network().predict(input));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void adaptationSettingsRoundTripIncludingAnInfiniteSlopePenalty() throws Exception {
        AdaptationSettings settings = new AdaptationSettings(0.25,
                List.of(new CorrectionPenalties(0.25, 4.0),
                        new CorrectionPenalties(0.1, Double.POSITIVE_INFINITY),
                        new CorrectionPenalties(0.0, 0.5)),
                List.of(new TrainingReport.ErrorQuantiles(0.1, 0.2, 0.3, 0.4),
                        new TrainingReport.ErrorQuantiles(0.01, 0.05, 0.07, 0.1)), 99);
        BellamyModel model = model().withAdaptation(settings);
        Path file = dir.resolve("c3o/grep/model.json");
        ModelFile.save(model, file);
        BellamyModel loaded = ModelFile.load(file);
        assertEquals(settings, loaded.adaptation());
        assertEquals(Double.POSITIVE_INFINITY, loaded.adaptation().penalties(1).slope());
        assertEquals(0.5, loaded.adaptation().penalties(7).slope(), "a larger k takes the last");
        assertEquals(null, ModelFile.fromJson(ModelFile.toJson(model())).adaptation(),
                "a model without calibration has none");

        String broken = ModelFile.toJson(model).replace("\"networkWeight\" : 0.25",
                "\"networkWeight\" : \"x\"");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFile.fromJson(broken));
        assertTrue(e.getMessage().contains("adaptation.networkWeight"), e.getMessage());
    }

    @Test
    void corruptTruncatedAndUnknownVersionsAreRefused() throws Exception {
        String json = ModelFile.toJson(model());
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, json.substring(0, json.length() / 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFile.load(truncated));
        assertTrue(e.getMessage().contains("truncated.json") && e.getMessage().contains("corrupt"),
                e.getMessage());

        Path tampered = dir.resolve("tampered.json");
        int at = json.indexOf("\"weights\" : [ ") + 14;
        String flipped = json.substring(0, at) + (json.charAt(at) == '-' ? "" : "-")
                + json.substring(at);
        Files.writeString(tampered, flipped);
        e = assertThrows(IllegalArgumentException.class, () -> ModelFile.load(tampered));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());

        Path future = dir.resolve("future.json");
        Files.writeString(future, json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        e = assertThrows(IllegalArgumentException.class, () -> ModelFile.load(future));
        assertTrue(e.getMessage().contains("unsupported model format version 99"), e.getMessage());

        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"hello\": 1}", StandardCharsets.UTF_8);
        e = assertThrows(IllegalArgumentException.class, () -> ModelFile.load(other));
        assertTrue(e.getMessage().contains("not a Bellamy model file"), e.getMessage());
    }

    @Test
    void registryNamesTheCommandThatCreatesAMissingModel() {
        ModelRegistry registry = new ModelRegistry(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.load("c3o", "grep"));
        assertTrue(e.getMessage().contains("bellamy pretrain -tt c3o -a grep"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> registry.file("c3o", "../etc"));
    }

    @Test
    void registrySavesAndLists() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.save(model());
        assertEquals(1, registry.list().size());
        assertArrayEquals(new String[] {"c3o", "grep"}, registry.list().get(0));
        assertArrayEquals(model().weights(), registry.load("c3o", "grep").weights());
    }
}
