package io.bellamy.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.config.BellamyConfig;
import io.bellamy.data.TrainingTarget;
import io.bellamy.prediction.FineTuneCache;
import io.bellamy.store.AddResult;
import io.bellamy.store.RunStore;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The endpoints' handlers: parse, call the service, write JSON. Errors are thrown to {@link Problems}. */
final class Api {

    /** Most parsed request-file calls kept (a few KB each). */
    private static final int CALLS_KEPT = 1024;

    private final ObjectMapper json;
    private final JsonBodies bodies;
    private final RunStore store;
    private final ModelCatalog catalog;
    private final Predictor predictor;
    private final PretrainJobs jobs;
    private final FineTuneCache cache;
    private final Metrics metrics;
    private final BellamyConfig config;
    private final BooleanSupplier draining;
    private final byte[] openApi;
    private final ParsedCalls parsedCalls = new ParsedCalls(CALLS_KEPT);

    Api(ObjectMapper json, JsonBodies bodies, RunStore store, ModelCatalog catalog,
            Predictor predictor, PretrainJobs jobs, FineTuneCache cache, Metrics metrics,
            BellamyConfig config, BooleanSupplier draining) {
        this.json = json;
        this.bodies = bodies;
        this.store = store;
        this.catalog = catalog;
        this.predictor = predictor;
        this.jobs = jobs;
        this.cache = cache;
        this.metrics = metrics;
        this.config = config;
        this.draining = draining;
        this.openApi = loadOpenApi();
    }

    /** The OpenAPI document kept in the repository (bellamy-server/src/main/resources). */
    static byte[] loadOpenApi() {
        try (InputStream in = Api.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openapi.json", e);
        }
    }

    void predictions(Context ctx) {
        ResponseFormat format = ResponseFormat.of(ctx);
        PredictionCall call;
        if (ctx.queryParam("algorithm") != null) {
            JsonBodies.RequestFile file = bodies.requestFile(ctx);
            call = parsedCalls.fromRequestFile(ctx.queryParamMap(), file.text(), file.isJson());
        } else {
            if (ctx.queryParamMap().keySet().stream()
                    .anyMatch(name -> !name.equals(ResponseFormat.PARAMETER))) {
                throw ApiProblem.badField("algorithm", "query parameters other than 'format' "
                        + "need 'algorithm' and the request file as the body");
            }
            call = PredictionCall.parse(bodies.read(ctx, false));
        }
        Predictor.Answer answer = predictor.predict(call);
        if (format == ResponseFormat.TABLE) {
            ctx.status(200);
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(answer.table());
        } else {
            send(ctx, 200, answer.document(json));
        }
    }

    void runs(Context ctx) {
        RunsBody body = RunsBody.parse(bodies.read(ctx, false));
        AddResult result;
        try {
            result = store.addRuns(body.source(), body.runs());
        } catch (IllegalArgumentException e) {
            // every value was validated above: what the store refuses is a run id it already
            // holds with another record
            throw ApiProblem.conflict("run-id-conflict", e.getMessage(), Map.of());
        }
        ObjectNode doc = json.createObjectNode();
        doc.put("source", body.source());
        doc.put("added", result.added());
        doc.put("skipped", result.skipped());
        send(ctx, result.added() > 0 ? 201 : 200, doc);
    }

    void models(Context ctx) {
        ObjectNode doc = json.createObjectNode();
        ArrayNode list = doc.putArray("models");
        for (String[] key : catalog.list()) {
            ModelCatalog.Loaded loaded = catalog.find(key[0], key[1]);
            if (loaded != null) {
                list.add(ModelDocument.of(json, loaded.model(), loaded.version()));
            }
        }
        send(ctx, 200, doc);
    }

    void model(Context ctx) {
        TrainingTarget target = PredictionCall.target(ctx.pathParam("target"), "target");
        ModelCatalog.Loaded loaded = catalog.get(target.id(), algorithm(ctx));
        ObjectNode doc = ModelDocument.of(json, loaded.model(), loaded.version());
        doc.put("pretraining", jobs.busy(target.id(), loaded.model().algorithm()));
        send(ctx, 200, doc);
    }

    void pretrain(Context ctx) {
        TrainingTarget target = PredictionCall.target(ctx.pathParam("target"), "target");
        String algorithm = algorithm(ctx);
        JsonNode body = bodies.read(ctx, true);
        PretrainJob job = jobs.submit(target, algorithm, PretrainBody.parse(body, config), "api");
        ctx.header("Location", "/v1/jobs/" + job.id());
        send(ctx, 202, job.toJson(json));
    }

    void job(Context ctx) {
        send(ctx, 200, jobs.get(ctx.pathParam("id")).toJson(json));
    }

    void jobList(Context ctx) {
        ObjectNode doc = json.createObjectNode();
        ArrayNode list = doc.putArray("jobs");
        jobs.list().forEach(j -> list.add(j.toJson(json)));
        send(ctx, 200, doc);
    }

    void healthz(Context ctx) {
        ObjectNode doc = json.createObjectNode();
        doc.put("status", "ok");
        send(ctx, 200, doc);
    }

    void readyz(Context ctx) {
        ObjectNode doc = json.createObjectNode();
        if (draining.getAsBoolean()) {
            doc.put("status", "shutting down");
            send(ctx, 503, doc);
            return;
        }
        try {
            doc.put("store_change_count", store.changeCount());
        } catch (RuntimeException e) {
            throw ApiProblem.unavailable("the runtime-history store does not answer: "
                    + e.getMessage(), e);
        }
        doc.put("status", "ready");
        doc.put("models", catalog.list().size());
        send(ctx, 200, doc);
    }

    void metrics(Context ctx) {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("bellamy_finetune_cache_hits_total", cache.hits());
        counters.put("bellamy_finetune_cache_misses_total", cache.misses());
        counters.put("bellamy_answer_cache_hits_total", predictor.answers().hits());
        counters.put("bellamy_answer_cache_misses_total", predictor.answers().misses());
        Map<String, Long> gauges = new LinkedHashMap<>();
        jobs.counts().forEach((state, n) -> {
            boolean ended = !state.equals("queued") && !state.equals("running");
            (ended ? counters : gauges).put(ended
                    ? "bellamy_pretrain_jobs_total{outcome=\"" + state + "\"}"
                    : "bellamy_pretrain_jobs{state=\"" + state + "\"}", n);
        });
        gauges.put("bellamy_models", (long) catalog.list().size());
        ctx.status(200);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        ctx.result(metrics.render(counters, gauges));
    }

    void openApi(Context ctx) {
        ctx.status(200);
        ctx.contentType("application/json");
        ctx.result(openApi);
    }

    private static String algorithm(Context ctx) {
        String algorithm = ctx.pathParam("algorithm");
        if (!algorithm.matches("[A-Za-z0-9._-]+") || algorithm.startsWith(".")) {
            throw ApiProblem.badField("algorithm", "the algorithm may only contain letters, "
                    + "digits, '.', '_' and '-', got '" + algorithm + "'");
        }
        return algorithm;
    }

    private void send(Context ctx, int status, JsonNode doc) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(doc.toString());
    }
}
