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
import io.bellamy.prediction.Prediction;
import io.bellamy.prediction.PredictionService;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import io.bellamy.training.FineTuneSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
                + "request's context (--method classic: fine-tuned on them, cached).")
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
        BellamyConfig config = configOption.load(env);
        TrainingTarget target = targetOptions.target();
        Path requestPath = env.resolve(requestFile);
        if (!Files.isRegularFile(requestPath)) {
            throw new IllegalArgumentException("no such request file: " + requestPath);
        }
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
        PredictionService service = new PredictionService(
                m -> FineTuneSettings.from(config, m.hyperparameters()),
                new FineTuneCache(workspace.models().resolve(".finetune-cache"), 256),
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

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
