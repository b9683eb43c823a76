package io.bellamy.cli;

import io.bellamy.allocation.AllocationPolicy;
import io.bellamy.allocation.Recommendation;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.config.BellamyConfig;
import io.bellamy.data.PredictionRequest;
import io.bellamy.data.PredictionRequestReader;
import io.bellamy.data.RunRecord;
import io.bellamy.data.TrainingTarget;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.ModelRegistry;
import io.bellamy.prediction.FineTuneCache;
import io.bellamy.prediction.GlobalModelCache;
import io.bellamy.prediction.Prediction;
import io.bellamy.prediction.PredictionService;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import io.bellamy.training.FineTuneSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellamy predict}: adapts the pre-trained model to the request context's history (method
 * {@code bellamy}) or fine-tunes it ({@code classic}), predicts the runtime of every scale-out in
 * the request's range and recommends one.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the runtime at every scale-out of a request's range and recommend "
                + "one. The pre-trained model is adapted to the runs in the store that match the "
                + "request's context (--method classic: fine-tuned on them); what either method "
                + "learns is cached on disk. Each "
                + "call starts Java; with --server a running 'bellamy serve' answers in "
                + "milliseconds.")
final class PredictCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @Mixin
    ConfigOption configOption;

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = {"-a", "--algorithm"}, required = true, paramLabel = "ALG",
            description = "The algorithm, e.g. grep.")
    String algorithm;

    @Option(names = {"-r", "--request"}, required = true, paramLabel = "FILE",
            description = "Request file (YAML as the prototype's example, or JSON).")
    Path requestFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "bellamy",
            description = "bellamy (the pre-trained curve adapted to the context's runs) or "
                    + "classic (the prototype's fine-tuning of the network); default: "
                    + "${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "Also draw the predicted runtime and cost over the range to FILE.png or "
                    + "FILE.svg, with the recommendation and the context's runs.")
    Path plot;

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask a running 'bellamy serve' at URL (e.g. http://127.0.0.1:8080) "
                    + "instead of predicting in this process; its store, models and configuration "
                    + "are used, and its fine-tuning cache makes repeated requests take "
                    + "milliseconds (the ./bellamy launcher then sends the request itself, "
                    + "without starting Java). Default: env " + ServerClient.SERVER_ENV + ".")
    String server;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "With --server: the bearer token the server requires (default: env "
                    + ServerClient.TOKEN_ENV + ").")
    Path tokenFile;

    PredictCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("json")) {
            throw new UsageException("--format must be table or json, got '" + format + "'");
        }
        if (plot != null && !plot.toString().endsWith(".png") && !plot.toString().endsWith(".svg")) {
            throw new UsageException("--plot must name a .png or .svg file, got " + plot);
        }
        PredictionService.Method predictor;
        try {
            predictor = PredictionService.Method.parse(method);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--method: " + e.getMessage());
        }
        Path requestPath = env.resolve(requestFile);
        if (!Files.isRegularFile(requestPath)) {
            throw new IllegalArgumentException("no such request file: " + requestPath);
        }
        String serverUrl = server != null ? server : env.getenv(ServerClient.SERVER_ENV);
        if (serverUrl != null) {
            return predictOnServer(serverUrl, requestPath);
        }
        BellamyConfig config = configOption.load(env);
        TrainingTarget target = targetOptions.target();
        PredictionRequest request = new PredictionRequestReader().read(requestPath);
        Workspace workspace = new Workspace(env, state);
        ModelRegistry registry = new ModelRegistry(workspace.models());
        List<RunRecord> history;
        try (RunStore store = workspace.openStoreWithDatasets()) {
            if (!store.algorithms(null).contains(algorithm)
                    && !registry.file(target.id(), algorithm).toFile().exists()) {
                throw new IllegalArgumentException("unknown algorithm '" + algorithm
                        + "': no runs in the store and no model; known algorithms: "
                        + String.join(", ", store.algorithms(null)));
            }
            // the context's runs, and the other contexts' for the default method's global model
            history = store.runs(predictor == PredictionService.Method.BELLAMY
                    ? RunQuery.of(algorithm) : RunQuery.forRequest(algorithm, request));
        }
        BellamyModel model = registry.load(target.id(), algorithm);
        AllocationPolicy policy = policyOptions.build(model);
        Consumer<String> warn = message -> env.err().println("bellamy: warning: " + message);
        PredictionService service = new PredictionService(
                m -> FineTuneSettings.from(config, m.hyperparameters()),
                new FineTuneCache(workspace.models().resolve(".finetune-cache"), 256, warn),
                new GlobalModelCache(workspace.models().resolve(".global-model-cache"), warn),
                config.seed(), predictor);
        long started = System.nanoTime();
        Prediction prediction = service.predict(model, request, history);
        double seconds = (System.nanoTime() - started) / 1e9;
        double price = policyOptions.price != null ? policyOptions.price
                : config.prices().getOrDefault(request.machineType(), 1.0);
        RuntimeCurve curve = new RuntimeCurve(prediction.curve().points(), price);
        Recommendation recommendation = policy.recommend(curve);
        PredictionReport report = new PredictionReport(request, prediction, curve, recommendation,
                policyOptions.price != null || config.prices().containsKey(request.machineType()),
                seconds);
        if (format.equals("json")) {
            env.out().println(report.toJson());
        } else {
            report.printTable(env.out());
        }
        if (plot != null) {
            Path out = env.resolve(plot);
            PredictionPlot.write(out, curve, recommendation,
                    history.stream().filter(request::matches).toList(), algorithm);
            env.err().printf("plot written to %s%n", out);
        }
        return 0;
    }

    /** {@code --server}: the server predicts; its answer is printed as it comes. */
    private int predictOnServer(String url, Path requestPath) throws IOException {
        String local = plot != null ? "--plot" : state.home != null ? "--home"
                : state.dataDir != null ? "--data-dir" : state.jdbcUrl != null ? "--jdbc-url"
                : state.models != null ? "--models" : configOption.file != null ? "--config"
                : null;
        if (local != null) {
            throw new UsageException(local + " cannot be used with --server (env "
                    + ServerClient.SERVER_ENV + "): the server uses its own store, models and "
                    + "configuration");
        }
        policyOptions.check();
        String token = tokenFile != null
                ? Files.readString(env.resolve(tokenFile), StandardCharsets.UTF_8).strip()
                : env.getenv(ServerClient.TOKEN_ENV);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("algorithm", algorithm);
        query.put("training_target", targetOptions.target().id());
        query.put("method", method);
        query.put("policy", policyOptions.policy);
        query.put("deadline_s", number(policyOptions.deadline));
        query.put("confidence", policyOptions.policy.equals("deadline")
                ? number(policyOptions.confidence) : null);
        query.put("min_speedup", number(policyOptions.minSpeedup));
        query.put("price_per_node_hour", number(policyOptions.price));
        String answer = new ServerClient(url, token).predict(query, requestPath,
                format.equals("table"));
        env.out().print(answer.endsWith("\n") ? answer : answer + "\n");
        return 0;
    }

    private static String number(Double value) {
        return value == null ? null : Double.toString(value);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
