package io.bellamy.prediction;

import io.bellamy.adaptation.AdaptedRuntimeModel;
import io.bellamy.adaptation.ModelCalibrator;
import io.bellamy.adaptation.PriorModels;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.baselines.FittedGradientBoosting;
import io.bellamy.data.PredictionRequest;
import io.bellamy.data.RunDigest;
import io.bellamy.data.RunRecord;
import io.bellamy.features.PropertyValues;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.NetworkInput;
import io.bellamy.training.FineTuneResult;
import io.bellamy.training.FineTuneSettings;
import io.bellamy.training.FineTuner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Answers one request: predicts the runtime of every scale-out in the request's range from the
 * pre-trained model and the history of the request's context, by one of two methods.
 *
 * <ul>
 *   <li>{@link Method#BELLAMY} (the default): the model's prior curve (network and the global
 *       gradient-boosting model fitted to the history's other contexts) corrected by the
 *       context's runs ({@link io.bellamy.adaptation.AdaptedRuntimeModel}), with the model's
 *       calibration; a model pre-trained without calibration is answered by the classic method.
 *       The global model is cached ({@link GlobalModelCache}) by model version and a digest of
 *       the runs it learns from.</li>
 *   <li>{@link Method#CLASSIC}: the prototype's fine-tuning (SPEC §6), cached by model version,
 *       context and history digest.</li>
 * </ul>
 *
 * Thread-safe.
 */
public final class PredictionService {

    /** The predictor that answers requests. */
    public enum Method {
        /** The default predictor: the pre-trained curve adapted to the context's runs. */
        BELLAMY,
        /** The prototype's per-request fine-tuning of the network. */
        CLASSIC;

        /** The name on the command line and in documents. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The method named {@code text}.
         *
         * @throws IllegalArgumentException for an unknown name
         */
        public static Method parse(String text) {
            for (Method m : values()) {
                if (m.id().equals(text)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown prediction method '" + text
                    + "'; valid: bellamy, classic");
        }
    }

    private final Function<BellamyModel, FineTuneSettings> settings;
    private final FineTuneCache cache;
    private final long seed;
    private final Method method;
    private final GlobalModelCache globalModels;

    /**
     * @param settings the fine-tuning settings for a model (e.g. reusing its hyperparameters)
     * @param cache fine-tuned weights by key
     * @param seed seed of every fine-tuning
     */
    public PredictionService(Function<BellamyModel, FineTuneSettings> settings, FineTuneCache cache,
            long seed) {
        this(settings, cache, seed, Method.BELLAMY);
    }

    /**
     * A service whose default method keeps its global models in memory only.
     *
     * @param settings the fine-tuning settings for a model (classic method)
     * @param cache fine-tuned weights by key (classic method)
     * @param seed seed of every fine-tuning
     * @param method the predictor
     */
    public PredictionService(Function<BellamyModel, FineTuneSettings> settings, FineTuneCache cache,
            long seed, Method method) {
        this(settings, cache, GlobalModelCache.inMemory(), seed, method);
    }

    /**
     * @param settings the fine-tuning settings for a model (classic method)
     * @param cache fine-tuned weights by key (classic method)
     * @param globalModels global models by key (default method)
     * @param seed seed of every fine-tuning
     * @param method the predictor
     */
    public PredictionService(Function<BellamyModel, FineTuneSettings> settings, FineTuneCache cache,
            GlobalModelCache globalModels, long seed, Method method) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.globalModels = Objects.requireNonNull(globalModels, "globalModels");
        this.seed = seed;
        this.method = Objects.requireNonNull(method, "method");
    }

    /** The predictor this service answers with. */
    public Method method() {
        return method;
    }

    /** The cache, for its hit and miss counts. */
    public FineTuneCache cache() {
        return cache;
    }

    /** The default method's cache of global models, for its hit and miss counts. */
    public GlobalModelCache globalModels() {
        return globalModels;
    }

    /**
     * Predicts the request's runtimes.
     *
     * @param history runs of the algorithm; those matching the request's context (every
     *     non-empty essential property equal) are the context's history, the others are what
     *     the default method's global model learns from
     */
    public Prediction predict(BellamyModel model, PredictionRequest request, List<RunRecord> history) {
        List<RunRecord> matching = new ArrayList<>();
        List<RunRecord> others = new ArrayList<>();
        for (RunRecord r : history) {
            if (r.algorithm().equals(model.algorithm())) {
                (request.matches(r) ? matching : others).add(r);
            }
        }
        if (method == Method.BELLAMY && model.adaptation() != null) {
            return adapted(model, request, matching, others);
        }
        String version = model.version();
        BellamyNetwork network;
        boolean cached = false;
        if (matching.isEmpty()) {
            network = model.network();
        } else {
            String key = String.join("\u001f", version, request.machineType(), request.jobArgs(),
                    Double.toString(request.dataSizeMB()), request.dataCharacteristics(),
                    request.environment(), RunDigest.of(matching), Long.toString(seed));
            FineTuneCache.Lookup lookup = cache.get(key, () -> fineTune(model, matching).network()
                    .weights());
            network = model.network();
            network.setWeights(lookup.weights());
            cached = lookup.cached();
        }
        PropertyValues perNode = PropertyValues.essential(request.machineType(), request.jobArgs(),
                request.dataSizeMB(), request.dataCharacteristics(), request.environment())
                .withOptional(request.jobType(), request.memoryPerNode(), request.slotsPerNode());
        var batch = model.pipeline().transformRequest(perNode, request.minScaleOut(),
                request.maxScaleOut());
        double[] runtimes = network.predict(new NetworkInput(batch.scaleOut(), batch.essential(),
                batch.optional(), batch.optionalMask(), null));
        List<RuntimeCurve.Point> points = new ArrayList<>(runtimes.length);
        for (int i = 0; i < runtimes.length; i++) {
            points.add(new RuntimeCurve.Point(request.minScaleOut() + i, runtimes[i]));
        }
        return new Prediction(model.algorithm(), model.provenance().target(), version,
                new RuntimeCurve(points, 1.0), !matching.isEmpty(), matching.size(), cached);
    }

    private Prediction adapted(BellamyModel model, PredictionRequest request,
            List<RunRecord> matching, List<RunRecord> others) {
        boolean cached = true;
        FittedRuntimeModel global = null;
        if (!others.isEmpty()) {
            // the fitting code's format, the model and exactly the runs the global model learns
            String key = String.join("\u001f", "global", Integer.toString(
                    FittedGradientBoosting.FORMAT), model.version(), RunDigest.of(others));
            GlobalModelCache.Lookup lookup = globalModels.get(key,
                    () -> ModelCalibrator.globalModel(others));
            global = lookup.model();
            cached = lookup.cached();
        }
        PriorModels prior = ModelCalibrator.priorModels(model, global,
                others.isEmpty() ? matching.isEmpty() ? List.of(request.asRecord(model.algorithm(),
                        request.minScaleOut()).withRuntime(1.0)) : matching : others);
        AdaptedRuntimeModel adapted = new AdaptedRuntimeModel(prior, matching, model.adaptation());
        List<RuntimeCurve.Point> points = new ArrayList<>();
        for (int n = request.minScaleOut(); n <= request.maxScaleOut(); n++) {
            points.add(new RuntimeCurve.Point(n, adapted.predict(request.asRecord(model.algorithm(),
                    n))));
        }
        return new Prediction(model.algorithm(), model.provenance().target(), model.version(),
                new RuntimeCurve(points, 1.0), !matching.isEmpty(), matching.size(), cached,
                Method.BELLAMY.id());
    }

    /** Fine-tunes the model on the given runs (no cache). */
    public FineTuneResult fineTune(BellamyModel model, List<RunRecord> runs) {
        return new FineTuner(settings.apply(model)).fineTune(model.network(), true,
                model.pipeline(), runs, seed);
    }
}
