package io.bellamy.server;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.bellamy.model.ModelRegistry;
import io.bellamy.prediction.FineTuneCache;
import io.bellamy.prediction.GlobalModelCache;
import io.bellamy.prediction.PredictionService;
import io.bellamy.store.RunStore;
import io.bellamy.training.FineTuneSettings;
import io.bellamy.training.PretrainOptions;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The Bellamy HTTP service. {@link #start} binds and serves; {@link #close} shuts down
 * gracefully: readiness turns to 503, new work is refused, requests in flight finish (up to the
 * grace period), pre-training jobs are cancelled, then the listener closes. The store is the
 * caller's: the server neither opens nor closes it.
 *
 * <pre>{@code
 * try (RunStore store = RunStores.openSqlite(home.resolve("bellamy.db"));
 *      BellamyServer server = BellamyServer.start(ServerOptions.defaults(models, config), store)) {
 *     server.awaitClose();
 * }
 * }</pre>
 */
public final class BellamyServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BellamyServer.class.getName());
    /** Most prediction answers kept for repeated calls (a few KB each). */
    private static final int ANSWERS_KEPT = 1024;

    private final ServerOptions options;
    private final Javalin app;
    private final PretrainJobs jobs;
    private final RetrainSchedule schedule;
    private final Routes.Draining draining = new Routes.Draining();
    private final List<Routes.Route> routes;
    private final Metrics metrics = new Metrics();
    private final FineTuneCache cache;
    private final AnswerCache answers = new AnswerCache(ANSWERS_KEPT);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private BellamyServer(ServerOptions options, RunStore store) {
        this.options = options;
        ObjectMapper json = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        ModelCatalog catalog = new ModelCatalog(new ModelRegistry(options.models()));
        this.cache = new FineTuneCache(options.fineTuneCache(), 256, LOG::warning);
        GlobalModelCache globalModels = new GlobalModelCache(options.globalModelCache(),
                LOG::warning);
        Map<PredictionService.Method, PredictionService> services =
                new EnumMap<>(PredictionService.Method.class);
        for (PredictionService.Method m : PredictionService.Method.values()) {
            services.put(m, new PredictionService(
                    model -> FineTuneSettings.from(options.config(), model.hyperparameters()),
                    cache, globalModels, options.config().seed(), m));
        }
        this.jobs = new PretrainJobs(store, catalog, options.codeVersion());
        Predictor predictor = new Predictor(store, catalog, services, options.config(),
                answers);
        Problems problems = new Problems(json);
        Api api = new Api(json, new JsonBodies(json, options.maxBodyBytes()), store, catalog,
                predictor, jobs, cache, metrics, options.config(), draining::draining);
        Routes.Route[][] registered = new Routes.Route[1][];
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.routes.exception(Exception.class, (e, ctx) -> problems.write(ctx, e));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(Problems.WRITTEN) == null) {
                    problems.write(ctx, ApiProblem.notFound("not-found", "no endpoint "
                            + ctx.method() + " " + ctx.path() + "; see /openapi.json"));
                }
            });
            Routes r = new Routes(config, options.tokens(), problems, metrics, draining)
                    .post("/v1/predictions", Access.READ, api::predictions)
                    .post("/v1/runs", Access.WRITE, api::runs)
                    .get("/v1/models", Access.READ, api::models)
                    .get("/v1/models/{target}/{algorithm}", Access.READ, api::model)
                    .post("/v1/models/{target}/{algorithm}/pretrain", Access.WRITE, api::pretrain)
                    .get("/v1/jobs", Access.READ, api::jobList)
                    .get("/v1/jobs/{id}", Access.READ, api::job)
                    .get("/healthz", Access.PUBLIC, api::healthz)
                    .get("/readyz", Access.PUBLIC, api::readyz)
                    .get("/metrics", Access.PUBLIC, api::metrics)
                    .get("/openapi.json", Access.PUBLIC, api::openApi);
            registered[0] = r.routes().toArray(new Routes.Route[0]);
        });
        this.routes = List.of(registered[0]);
        Duration every = options.pretrainEvery();
        this.schedule = every == null ? null : new RetrainSchedule(store, catalog, jobs,
                () -> PretrainOptions.search(options.config(), options.config().seed()), every);
    }

    /**
     * Starts a server.
     *
     * @throws IllegalStateException when the address cannot be bound (chained)
     */
    public static BellamyServer start(ServerOptions options, RunStore store) {
        BellamyServer server = new BellamyServer(options, store);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalStateException("cannot start the HTTP service on " + options.host()
                    + ":" + options.port() + ": " + e.getMessage(), e);
        }
        return server;
    }

    /** The bound port (the chosen one when the options asked for 0). */
    public int port() {
        return app.port();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + host + ":" + port());
    }

    /** The registered routes: method, template and the access they need. */
    List<Routes.Route> routes() {
        return routes;
    }

    /** Requests being answered now, for tests. */
    int inFlight() {
        return draining.inFlight();
    }

    /** The pre-training jobs, for tests. */
    PretrainJobs jobs() {
        return jobs;
    }

    /** The cache of prediction answers, for tests. */
    AnswerCache answerCache() {
        return answers;
    }

    /** Request metrics, for tests. */
    Metrics metrics() {
        return metrics;
    }

    /** Blocks until {@link #close} has finished. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    /** Shuts down gracefully (see the class comment); idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            draining.start();
            if (schedule != null) {
                schedule.close();
            }
            long deadline = System.nanoTime() + options.shutdownGrace().toNanos();
            while (draining.inFlight() > 0 && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            jobs.close(options.shutdownGrace());
            app.stop();
        } finally {
            stopped.countDown();
        }
    }
}
