package io.bellamy.server;

import io.bellamy.prediction.PredictionDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.data.ContextKey;
import io.bellamy.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the server on a free loopback port over a store with the c3o grep runs, pre-trains the
 * grep model through the API (202 to succeeded), and drives every endpoint with a real client.
 */
class BellamyServerTest {

    @TempDir
    static Path dir;

    static RunStore store;
    static BellamyServer server;
    static Http http;
    static ContextKey context;
    static JsonNode firstJob;
    static JsonNode finishedJob;

    @BeforeAll
    static void startAndPretrain() throws Exception {
        store = TestServers.storeWith(dir, Set.of("grep"));
        context = store.contexts("grep", null).get(0);
        server = BellamyServer.start(TestServers.options(dir.resolve("models")), store);
        http = new Http(server.uri(), null);
        Http.Response accepted = http.post("/v1/models/c3o/grep/pretrain", "");
        assertEquals(202, accepted.status(), accepted.body());
        firstJob = accepted.json();
        assertEquals("/v1/jobs/" + firstJob.get("id").asText(),
                accepted.raw().headers().firstValue("Location").orElseThrow());
        finishedJob = awaitJob(http, firstJob.get("url").asText());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static JsonNode awaitJob(Http client, String url) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode job = client.get(url).json();
            String state = job.get("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + url + " did not finish in 60 s");
    }

    /** A prediction body for the fixture context (or another data size). */
    static ObjectNode body(double dataSizeMB) {
        ObjectNode b = Http.JSON.createObjectNode();
        b.put("algorithm", "grep");
        b.put("training_target", "c3o");
        ObjectNode r = b.putObject("request");
        r.put("min_scale_out", 2);
        r.put("max_scale_out", 8);
        ObjectNode e = r.putObject("essential_properties");
        e.put("machine_type", context.machineType());
        e.put("job_args", context.jobArgs());
        e.put("data_size_MB", dataSizeMB);
        e.put("data_characteristics", context.dataCharacteristics());
        e.put("environment", context.environment());
        return b;
    }

    static ObjectNode run(String id, double dataSizeMB, int scaleOut, double runtime) {
        ObjectNode run = Http.JSON.createObjectNode();
        if (id != null) {
            run.put("run_id", id);
        }
        run.put("algorithm", "grep");
        run.put("instance_count", scaleOut);
        run.put("gross_runtime", runtime);
        run.put("machine_type", context.machineType());
        run.put("job_args", context.jobArgs());
        run.put("data_size_MB", dataSizeMB);
        run.put("data_characteristics", context.dataCharacteristics());
        run.put("environment", context.environment());
        return run;
    }

    static void assertProblem(Http.Response r, int status, String field) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonNode p = r.json();
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.get("type").asText().startsWith(Problems.TYPE_BASE), p.toString());
        assertFalse(p.get("title").asText().isEmpty());
        assertFalse(p.get("detail").asText().isEmpty());
        if (field != null) {
            assertEquals(field, p.path("field").asText(null), p.toString());
        }
    }

    @Test
    void pretrainingJobWentFromAcceptedToSucceededAndReportsProgress() {
        assertTrue(Set.of("queued", "running").contains(firstJob.get("state").asText()));
        assertEquals("succeeded", finishedJob.get("state").asText(), finishedJob.toString());
        JsonNode progress = finishedJob.get("progress");
        assertEquals(2, progress.get("trials_total").asInt());
        assertEquals(2, progress.get("trials_finished").asInt());
        assertTrue(progress.get("epochs").asLong() > 0);
        assertEquals(810, progress.get("records").asInt());
        assertTrue(finishedJob.get("model").get("model_version").asText().length() > 16);
        JsonNode listed = http.get("/v1/jobs").json().get("jobs");
        assertEquals(firstJob.get("id").asText(), listed.get(0).get("id").asText());
    }

    @Test
    void modelsAreListedWithTheirTrainingData() {
        Http.Response list = http.get("/v1/models");
        assertEquals(200, list.status());
        JsonNode model = list.json().get("models").get(0);
        assertEquals("grep", model.get("algorithm").asText());
        assertEquals("c3o", model.get("training_target").asText());
        assertEquals(810, model.get("records").asInt());
        assertTrue(model.get("validation_mae_s").asDouble() > 0);
        Http.Response one = http.get("/v1/models/c3o/grep");
        assertEquals(200, one.status());
        assertEquals(model.get("model_version"), one.json().get("model_version"));
        assertProblem(http.get("/v1/models/c3o/sort"), 404, null);
        assertProblem(http.get("/v1/models/nope/grep"), 400, "target");
        assertProblem(http.get("/v1/jobs/999999"), 404, null);
        assertProblem(http.get("/v1/no-such-endpoint"), 404, null);
    }

    @Test
    void predictionFineTunesOnTheContextAndIsCachedTheSecondTime() {
        Http.Response first = http.post("/v1/predictions", body(context.dataSizeMB()));
        assertEquals(200, first.status(), first.body());
        JsonNode p = first.json();
        assertEquals(PredictionDocument.SCHEMA, p.get("schema").asText());
        assertTrue(p.get("fine_tuned").asBoolean());
        assertTrue(p.get("records_used").asInt() > 0);
        assertEquals(7, p.get("predictions").size());
        assertEquals("fastest", p.get("recommendation").get("policy").asText());
        assertEquals(http.get("/v1/models/c3o/grep").json().get("model_version"),
                p.get("model_version"));
        JsonNode second = http.post("/v1/predictions", body(context.dataSizeMB())).json();
        assertTrue(second.get("cached").asBoolean());
        assertEquals(p.get("predictions"), second.get("predictions"));
        ObjectNode deadline = body(context.dataSizeMB());
        deadline.putObject("policy").put("name", "deadline").put("deadline_s", 1e6);
        Http.Response d = http.post("/v1/predictions", deadline);
        assertEquals(200, d.status(), d.body());
        assertEquals("deadline", d.json().get("recommendation").get("policy").asText());
    }

    static ObjectNode classic(double dataSizeMB) {
        ObjectNode b = body(dataSizeMB);
        b.put("method", "classic");
        return b;
    }

    @Test
    void theDefaultMethodAdaptsTheCalibratedModelAndAnUnknownMethodIsA400() {
        double size = 777_003;
        JsonNode before = http.post("/v1/predictions", body(size)).json();
        assertEquals("bellamy", before.get("method").asText());
        assertEquals(0, before.get("records_used").asInt());
        assertEquals(201, http.post("/v1/runs", run("r-777003-a", size, 4, 300.0)).status());
        JsonNode after = http.post("/v1/predictions", body(size)).json();
        assertEquals("bellamy", after.get("method").asText());
        assertEquals(1, after.get("records_used").asInt());
        for (JsonNode p : after.get("predictions")) {
            assertTrue(p.get("runtime_s").asDouble() > 0, p.toString());
        }
        ObjectNode bad = body(size);
        bad.put("method", "magic");
        assertProblem(http.post("/v1/predictions", bad), 400, "method");
    }

    @Test
    void aRecordedRunChangesTheNextPredictionsFineTuningData() {
        double size = 777_001;
        JsonNode before = http.post("/v1/predictions", classic(size)).json();
        assertFalse(before.get("fine_tuned").asBoolean());
        assertEquals(0, before.get("records_used").asInt());
        Http.Response added = http.post("/v1/runs", run("r-777001-a", size, 4, 321.0));
        assertEquals(201, added.status(), added.body());
        assertEquals(1, added.json().get("added").asInt());
        JsonNode after = http.post("/v1/predictions", classic(size)).json();
        assertTrue(after.get("fine_tuned").asBoolean());
        assertEquals(1, after.get("records_used").asInt());
        assertFalse(after.get("cached").asBoolean());
        // idempotent: the same id and run again adds nothing
        Http.Response again = http.post("/v1/runs", run("r-777001-a", size, 4, 321.0));
        assertEquals(200, again.status(), again.body());
        assertEquals(1, again.json().get("skipped").asInt());
        // the same id with another record is a conflict
        assertProblem(http.post("/v1/runs", run("r-777001-a", size, 4, 999.0)), 409, null);
        // all or nothing: one bad run in a batch stores none
        ObjectNode batch = Http.JSON.createObjectNode();
        batch.putArray("runs").add(run("r-777001-b", size, 6, 250.0))
                .add(run("r-777001-c", size, 8, -1));
        assertProblem(http.post("/v1/runs", batch), 400, "runs[1].gross_runtime");
        assertEquals(1, http.post("/v1/predictions", classic(size)).json().get("records_used")
                .asInt());
    }

    @Test
    void concurrentRequestsForANewContextFineTuneOnce() throws Exception {
        double size = 888_002;
        ObjectNode batch = Http.JSON.createObjectNode();
        batch.putArray("runs").add(run(null, size, 2, 400.0)).add(run(null, size, 4, 230.0));
        assertEquals(201, http.post("/v1/runs", batch).status());
        long misses = server.metrics().count("POST", "/v1/predictions", 200);
        String missesBefore = metric("bellamy_finetune_cache_misses_total");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> http.post("/v1/predictions", classic(size))));
            }
            int fresh = 0;
            for (Future<Http.Response> f : futures) {
                Http.Response r = f.get();
                assertEquals(200, r.status(), r.body());
                assertEquals(2, r.json().get("records_used").asInt());
                fresh += r.json().get("cached").asBoolean() ? 0 : 1;
            }
            assertEquals(1, fresh);
        } finally {
            pool.shutdown();
        }
        assertEquals(Long.parseLong(missesBefore) + 1,
                Long.parseLong(metric("bellamy_finetune_cache_misses_total")));
        assertEquals(misses + 6, server.metrics().count("POST", "/v1/predictions", 200));
    }

    static String metric(String name) {
        for (String line : http.get("/metrics").body().split("\n")) {
            if (line.startsWith(name + " ")) {
                return line.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no metric " + name);
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertProblem(http.post("/v1/predictions", "{\"algorithm\": "), 400, null);
        ObjectNode noAlgorithm = body(1);
        noAlgorithm.remove("algorithm");
        assertProblem(http.post("/v1/predictions", noAlgorithm), 400, "algorithm");
        ObjectNode badRange = body(1);
        ((ObjectNode) badRange.get("request")).put("min_scale_out", 0);
        assertProblem(http.post("/v1/predictions", badRange), 400, "request.min_scale_out");
        ObjectNode badSize = body(1);
        ((ObjectNode) badSize.get("request").get("essential_properties"))
                .put("data_size_MB", "lots");
        assertProblem(http.post("/v1/predictions", badSize), 400,
                "request.essential_properties.data_size_MB");
        ObjectNode badPolicy = body(1);
        badPolicy.put("policy", "greedy");
        assertProblem(http.post("/v1/predictions", badPolicy), 400, "policy");
        ObjectNode noDeadline = body(1);
        noDeadline.putObject("policy").put("name", "deadline");
        assertProblem(http.post("/v1/predictions", noDeadline), 400, "policy.deadline_s");
        ObjectNode unknown = body(1);
        unknown.put("colour", "red");
        assertProblem(http.post("/v1/predictions", unknown), 400, "colour");
        ObjectNode badTarget = body(1);
        badTarget.put("training_target", "nope");
        assertProblem(http.post("/v1/predictions", badTarget), 400, "training_target");
        ObjectNode noModel = body(1);
        noModel.put("algorithm", "sort");
        assertProblem(http.post("/v1/predictions", noModel), 404, null);
        ObjectNode badRun = run(null, 1, 0, 10);
        assertProblem(http.post("/v1/runs", badRun), 400, "instance_count");
        assertProblem(http.post("/v1/runs", "{\"runs\": []}"), 400, "runs");
        assertProblem(http.post("/v1/models/c3o/grep/pretrain", "{\"trials\": 0}"), 400, "trials");
        assertProblem(http.post("/v1/models/c3o/sort/pretrain", ""), 404, null);
        assertProblem(http.post("/v1/predictions", "[1, 2]"), 400, null);
        assertProblem(http.post("/v1/predictions", "{\"a\": 1, \"a\": 2}"), 400, null);
    }

    @Test
    void anOversizeBodyIs413() {
        String big = "{\"runs\": [" + "{\"algorithm\": \"grep\"},".repeat(60_000) + "{}]}";
        assertTrue(big.length() > ServerOptions.DEFAULT_MAX_BODY_BYTES);
        assertProblem(http.post("/v1/runs", big), 413, null);
    }

    @Test
    void aSecondPretrainingOfTheSameModelIsAConflict() throws Exception {
        Http.Response a = http.post("/v1/models/c3o/grep/pretrain",
                "{\"search\": false, \"max_epochs\": 5}");
        assertEquals(202, a.status(), a.body());
        Http.Response b = http.post("/v1/models/c3o/grep/pretrain", "");
        assertProblem(b, 409, null);
        assertEquals(a.json().get("url"), b.json().get("job"));
        JsonNode done = awaitJob(http, a.json().get("url").asText());
        assertEquals("succeeded", done.get("state").asText(), done.toString());
        // the new model is served without a restart
        assertEquals(done.get("model").get("model_version"),
                http.get("/v1/models/c3o/grep").json().get("model_version"));
        assertEquals(done.get("model").get("model_version"),
                http.post("/v1/predictions", body(context.dataSizeMB())).json()
                        .get("model_version"));
    }

    @Test
    void healthReadinessMetricsAndOpenApi() {
        assertEquals("ok", http.get("/healthz").json().get("status").asText());
        Http.Response ready = http.get("/readyz");
        assertEquals(200, ready.status());
        assertEquals("ready", ready.json().get("status").asText());
        http.get("/v1/models");
        Http.Response metrics = http.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType().startsWith("text/plain; version=0.0.4"));
        String text = metrics.body();
        assertTrue(text.contains("bellamy_http_requests_total{method=\"GET\","
                + "endpoint=\"/v1/models\",status=\"200\"}"), text);
        assertTrue(text.contains("bellamy_http_request_duration_seconds_bucket{method=\"GET\","
                + "endpoint=\"/v1/models\",le=\"+Inf\"}"), text);
        assertTrue(text.contains("bellamy_finetune_cache_hits_total "), text);
        assertTrue(text.contains("bellamy_pretrain_jobs_total{outcome=\"succeeded\"} "), text);
        assertTrue(text.contains("bellamy_pretrain_jobs{state=\"running\"} "), text);
        Http.Response openApi = http.get("/openapi.json");
        assertEquals(200, openApi.status());
        JsonNode paths = openApi.json().get("paths");
        for (Routes.Route route : server.routes()) {
            JsonNode path = paths.get(route.path());
            assertTrue(path != null && path.has(route.method().toLowerCase(java.util.Locale.ROOT)),
                    "openapi.json lacks " + route.method() + " " + route.path());
        }
        assertNotEquals(0, paths.size());
    }

    @Test
    void theScheduleRePretrainsOnlyModelsWhoseDataChanged() throws Exception {
        ModelCatalog catalog = new ModelCatalog(new io.bellamy.model.ModelRegistry(
                dir.resolve("models")));
        PretrainJobs jobs = new PretrainJobs(store, catalog, "test");
        try (RetrainSchedule schedule = new RetrainSchedule(store, catalog, jobs,
                () -> io.bellamy.training.PretrainOptions.search(TestServers.smallConfig(), 1),
                java.time.Duration.ofHours(1))) {
            assertTrue(schedule.tick().isEmpty(), "nothing changed since the model was trained");
            ObjectNode batch = Http.JSON.createObjectNode();
            batch.put("source", "c3o");
            batch.putArray("runs").add(run("sched-1", 999_003, 3, 300.0));
            assertEquals(201, http.post("/v1/runs", batch).status());
            List<PretrainJob> queued = schedule.tick();
            assertEquals(1, queued.size());
            assertEquals("c3o/grep", queued.get(0).modelKey());
        } finally {
            jobs.close(java.time.Duration.ofSeconds(30));
        }
        assertTrue(Files.exists(dir.resolve("models/c3o/grep/model.json")));
    }
}
