package io.bellamy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.ModelRegistry;
import io.bellamy.store.NewRun;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import io.bellamy.store.RunStores;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.Pretrainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeated prediction calls are answered from the server's {@link AnswerCache}, exactly as a new
 * computation would answer them, and only while nothing they depend on changed: the call (request,
 * method, policy, price), the model file and the store's runs (also when another process adds
 * them). Each test asks about a context of its own (a data size no other test uses).
 */
class AnswerCacheTest {

    @TempDir
    static Path dir;

    static RunStore store;
    static BellamyServer server;
    static Http http;
    static ContextKey context;
    static List<RunRecord> grep;

    @BeforeAll
    static void start() throws Exception {
        store = TestServers.storeWith(dir, Set.of("grep"));
        context = store.contexts("grep", null).get(0);
        grep = store.runs(RunQuery.of("grep"));
        new ModelRegistry(dir.resolve("models")).save(model(7));
        server = BellamyServer.start(TestServers.options(dir.resolve("models")), store);
        http = new Http(server.uri(), null);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** A grep model of a few epochs, calibrated with the defaults so both methods apply. */
    static BellamyModel model(long seed) throws InterruptedException {
        var config = TestServers.smallConfig();
        return new Pretrainer("test").pretrain("c3o", "grep", grep,
                PretrainOptions.fixed(config.withModel(config.model().withEpochs(10)),
                        Hyperparameters.REFERENCE, seed), PretrainListener.NONE).model()
                .withAdaptation(AdaptationSettings.DEFAULTS);
    }

    /** The request file of the fixture context with another data size. */
    static String yaml(double dataSizeMB) {
        return TestServers.requestYaml(context, 8, dataSizeMB);
    }

    static JsonNode predict(String query, double dataSizeMB) {
        Http.Response r = http.send("/v1/predictions?algorithm=grep" + query, yaml(dataSizeMB),
                "application/yaml", null);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static RunRecord run(double dataSizeMB, int scaleOut, double runtime) {
        return new RunRecord("grep", scaleOut, runtime, context.machineType(), context.jobArgs(),
                dataSizeMB, context.dataCharacteristics(), context.environment(), "", null, null);
    }

    static long hits() {
        return server.answerCache().hits();
    }

    @Test
    void aRepeatedCallIsAnsweredFromTheCacheAsANewComputationWould() {
        for (String method : List.of("bellamy", "classic")) {
            double size = method.equals("bellamy") ? 700_001 : 700_002;
            store.addRuns("test", List.of(new NewRun(null, run(size, 4, 300))));
            long misses = server.answerCache().misses();
            JsonNode first = predict("&method=" + method, size);
            assertEquals(misses + 1, server.answerCache().misses(), "a new call is computed");
            long hits = hits();
            JsonNode second = predict("&method=" + method, size);
            assertEquals(hits + 1, hits(), method);
            assertTrue(second.get("cached").asBoolean());
            assertEquals(PredictionFormsTest.stable(first), PredictionFormsTest.stable(second));
            Http.Response table = http.send("/v1/predictions?algorithm=grep&format=table&method="
                    + method, yaml(size), "application/yaml", null);
            assertEquals(hits + 2, hits(), "the table of the same call is the same answer");
            assertTrue(table.body().startsWith("grep on c3o, model "
                    + first.get("model_version").asText() + "\n"), table.body());
        }
    }

    @Test
    void aCallWithLongTextsIsComputedEveryTime() {
        String longArgs = "x".repeat(AnswerCache.MAX_KEPT_CHARS + 1);
        String yaml = yaml(700_006).replace("job_args: \"" + context.jobArgs() + "\"",
                "job_args: \"" + longArgs + "\"");
        long hits = hits();
        long misses = server.answerCache().misses();
        for (int i = 0; i < 2; i++) {
            Http.Response r = http.send("/v1/predictions?algorithm=grep", yaml,
                    "application/yaml", null);
            assertEquals(200, r.status(), r.body());
        }
        assertEquals(hits, hits(), "never answered from the cache");
        assertEquals(misses + 2, server.answerCache().misses(), "computed both times");
    }

    @Test
    void anotherRequestPolicyPriceOrMethodIsNotAHit() {
        double size = 700_003;
        JsonNode base = predict("", size);
        long hits = hits();
        JsonNode otherPolicy = predict("&policy=cheapest", size);
        JsonNode otherPrice = predict("&price_per_node_hour=2.5", size);
        JsonNode otherMethod = predict("&method=classic", size);
        JsonNode otherRequest = predict("", size + 1);
        assertEquals(hits, hits());
        assertEquals("cheapest", otherPolicy.get("recommendation").get("policy").asText());
        assertEquals(2.5, otherPrice.get("price_per_node_hour").asDouble());
        assertEquals("classic", otherMethod.get("method").asText());
        assertEquals(size + 1, otherRequest.get("request").get("essential_properties")
                .get("data_size_MB").asDouble());
        assertEquals(base.get("predictions").size(), otherRequest.get("predictions").size());
    }

    @Test
    void aRunAddedThroughTheApiOrByAnotherProcessIsUsedAtOnce() {
        double size = 700_004;
        JsonNode none = predict("&method=classic", size);
        assertEquals(0, none.get("records_used").asInt());
        Http.Response added = http.post("/v1/runs", String.format(Locale.ROOT, """
                {"algorithm": "grep", "instance_count": 4, "gross_runtime": 320,
                 "machine_type": "%s", "job_args": "%s", "data_size_MB": %s,
                 "data_characteristics": "%s", "environment": "%s"}""", context.machineType(),
                context.jobArgs(), size, context.dataCharacteristics(), context.environment()));
        assertEquals(201, added.status(), added.body());
        JsonNode one = predict("&method=classic", size);
        assertEquals(1, one.get("records_used").asInt());
        assertFalse(one.get("cached").asBoolean());
        // another process writing to the same database
        try (RunStore other = RunStores.openSqlite(dir.resolve("bellamy.db"))) {
            other.addRuns("other-process", List.of(new NewRun(null, run(size, 8, 200))));
        }
        JsonNode two = predict("&method=classic", size);
        assertEquals(2, two.get("records_used").asInt());
        assertNotEquals(one.get("predictions"), two.get("predictions"));
    }

    @Test
    void aNewModelFileIsUsedAtOnce() throws Exception {
        double size = 700_005;
        JsonNode before = predict("", size);
        predict("", size);
        new ModelRegistry(dir.resolve("models")).save(model(8));
        JsonNode after = predict("", size);
        assertNotEquals(before.get("model_version"), after.get("model_version"));
        assertFalse(after.get("cached").asBoolean(), after.toString());
    }
}
