package io.bellamy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.ModelRegistry;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
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
 * The two ways to ask {@code POST /v1/predictions} (a JSON call, or the request file with the rest
 * in query parameters, as the command-line launcher sends it) and the two answers (the JSON
 * document, or the table {@code bellamy predict} prints), over a grep model trained for a few
 * epochs.
 */
class PredictionFormsTest {

    @TempDir
    static Path dir;

    static RunStore store;
    static BellamyServer server;
    static Http http;
    static ContextKey context;

    @BeforeAll
    static void start() throws Exception {
        store = TestServers.storeWith(dir, Set.of("grep"));
        context = store.contexts("grep", null).get(0);
        List<RunRecord> grep = store.runs(RunQuery.of("grep"));
        var config = TestServers.smallConfig();
        BellamyModel model = new Pretrainer("test").pretrain("c3o", "grep", grep,
                PretrainOptions.fixed(config.withModel(config.model().withEpochs(20)),
                        Hyperparameters.REFERENCE, 7), PretrainListener.NONE).model();
        new ModelRegistry(dir.resolve("models")).save(model);
        server = BellamyServer.start(TestServers.options(dir.resolve("models")), store);
        http = new Http(server.uri(), null);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** The request file of the fixture context, as the prototype writes it. */
    static String yaml(int max) {
        return TestServers.requestYaml(context, max, context.dataSizeMB());
    }

    /** The same call as one JSON object. */
    static ObjectNode call(int max) {
        ObjectNode b = Http.JSON.createObjectNode();
        b.put("algorithm", "grep");
        b.put("training_target", "c3o");
        ObjectNode r = b.putObject("request");
        r.put("min_scale_out", 2);
        r.put("max_scale_out", max);
        ObjectNode e = r.putObject("essential_properties");
        e.put("machine_type", context.machineType());
        e.put("job_args", context.jobArgs());
        e.put("data_size_MB", context.dataSizeMB());
        e.put("data_characteristics", context.dataCharacteristics());
        e.put("environment", context.environment());
        return b;
    }

    /** A document without the fields that differ between two answers of one call. */
    static JsonNode stable(JsonNode doc) {
        ObjectNode copy = doc.deepCopy();
        copy.remove("seconds");
        copy.remove("cached");
        return copy;
    }

    @Test
    void theRequestFileFormAnswersAsTheJsonCall() {
        Http.Response json = http.post("/v1/predictions", call(9));
        assertEquals(200, json.status(), json.body());

        Http.Response fromYaml = http.send("/v1/predictions?algorithm=grep&training_target=c3o",
                yaml(9), "application/yaml", null);
        Http.Response fromJsonFile = http.send("/v1/predictions?algorithm=grep",
                call(9).get("request").toString(), "application/json", "application/json");

        assertEquals(200, fromYaml.status(), fromYaml.body());
        assertTrue(fromYaml.contentType().startsWith("application/json"), fromYaml.contentType());
        assertEquals(stable(json.json()), stable(fromYaml.json()));
        assertEquals(stable(json.json()), stable(fromJsonFile.json()));
    }

    @Test
    void theTableIsWhatTheCommandLinePrints() {
        JsonNode doc = http.post("/v1/predictions", call(7)).json();

        Http.Response byParameter = http.send(
                "/v1/predictions?algorithm=grep&format=table", yaml(7), "application/yaml", null);
        Http.Response byAccept = http.send("/v1/predictions?algorithm=grep", yaml(7),
                "application/yaml", "text/plain");

        assertEquals(200, byParameter.status(), byParameter.body());
        assertTrue(byParameter.contentType().startsWith("text/plain"), byParameter.contentType());
        // equal but for how long answering took
        assertEquals(byParameter.body().replaceFirst("\\(\\d+\\.\\d\\d s\\)", "(t)"),
                byAccept.body().replaceFirst("\\(\\d+\\.\\d\\d s\\)", "(t)"));
        List<String> lines = byParameter.body().lines().toList();
        assertEquals("grep on c3o, model " + doc.get("model_version").asText(), lines.get(0));
        assertTrue(lines.get(1).startsWith("method classic: fine-tuned on " + doc.get("records_used").asInt()
                + " runs of this context, from the cache ("), lines.get(1));
        assertEquals(String.format("%9s %15s %12s", "scale-out", "runtime (s)", "node-hours"),
                lines.get(3));
        JsonNode points = doc.get("predictions");
        int recommended = doc.get("recommendation").get("scale_out").asInt();
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            assertEquals(String.format(Locale.ROOT, "%9d %15.1f %12.4f%s",
                    p.get("scale_out").asInt(), p.get("runtime_s").asDouble(),
                    p.get("cost").asDouble(), p.get("scale_out").asInt() == recommended
                            ? "   <- recommended" : ""), lines.get(4 + i));
        }
        assertEquals(String.format(Locale.ROOT, "recommendation (fastest): %d nodes, %.1f s "
                + "predicted", recommended, doc.get("recommendation").get("runtime_s")
                .asDouble()), lines.get(5 + points.size()));
        assertTrue(lines.get(6 + points.size()).startsWith("why: "));
        assertEquals(7 + points.size(), lines.size());
    }

    @Test
    void thePolicyAndPriceComeAsQueryParameters() {
        Http.Response r = http.send("/v1/predictions?algorithm=grep&policy=deadline"
                + "&deadline_s=1e6&confidence=0.9&price_per_node_hour=0.5", yaml(6),
                "application/yaml", null);

        assertEquals(200, r.status(), r.body());
        assertEquals("deadline", r.json().get("recommendation").get("policy").asText());
        assertEquals(0.5, r.json().get("price_per_node_hour").asDouble());
        Http.Response table = http.send("/v1/predictions?algorithm=grep&policy=cheapest"
                + "&price_per_node_hour=0.5&format=table", yaml(6), "application/yaml", null);
        assertTrue(table.body().lines().toList().get(3).endsWith(" cost"), table.body());
    }

    @Test
    void problemsAreOneLineOfTextForTableReaders() {
        Http.Response badYaml = http.send("/v1/predictions?algorithm=grep&format=table",
                yaml(6).replace("max_scale_out: 6", "max_scale_out: many"), "application/yaml",
                null);
        assertEquals(400, badYaml.status(), badYaml.body());
        assertTrue(badYaml.contentType().startsWith("text/plain"), badYaml.contentType());
        assertTrue(badYaml.body().startsWith("request:2: "), badYaml.body());
        assertEquals(1, badYaml.body().lines().count(), badYaml.body());

        Http.Response noModel = http.send("/v1/predictions?algorithm=sort", yaml(6),
                "application/yaml", "text/plain");
        assertEquals(404, noModel.status(), noModel.body());
        assertTrue(noModel.contentType().startsWith("text/plain"), noModel.contentType());
        assertTrue(noModel.body().contains("sort"), noModel.body());
        assertFalse(noModel.body().contains("no endpoint"), noModel.body());
    }

    @Test
    void badQueryParametersAndTypesAreRefused() {
        BellamyServerTest.assertProblem(http.send("/v1/predictions?algorithm=grep&colour=red",
                yaml(6), "application/yaml", null), 400, "colour");
        BellamyServerTest.assertProblem(http.send("/v1/predictions?algorithm=grep&deadline_s=soon"
                + "&policy=deadline", yaml(6), "application/yaml", null), 400, "deadline_s");
        BellamyServerTest.assertProblem(http.send(
                "/v1/predictions?algorithm=grep&algorithm=sort", yaml(6), "application/yaml",
                null), 400, "algorithm");
        BellamyServerTest.assertProblem(http.send("/v1/predictions?algorithm=grep", yaml(6),
                "text/csv", null), 415, null);
        BellamyServerTest.assertProblem(http.send("/v1/predictions?format=xml",
                call(6).toString(), "application/json", null), 400, "format");
        BellamyServerTest.assertProblem(http.send("/v1/predictions?policy=cheapest",
                call(6).toString(), "application/json", null), 400, "algorithm");
    }
}
