package io.bellamy.prediction;

import io.bellamy.allocation.RuntimeCurve;
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
 * Answers one request (SPEC §6): fine-tunes the pre-trained model on the history of the
 * request's context (cached by model version, context and history digest), then predicts the
 * runtime of every scale-out in the request's range. Thread-safe.
 */
public final class PredictionService {

    private final Function<BellamyModel, FineTuneSettings> settings;
    private final FineTuneCache cache;
    private final long seed;

    /**
     * @param settings the fine-tuning settings for a model (e.g. reusing its hyperparameters)
     * @param cache fine-tuned weights by key
     * @param seed seed of every fine-tuning
     */
    public PredictionService(Function<BellamyModel, FineTuneSettings> settings, FineTuneCache cache,
            long seed) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.seed = seed;
    }

    /** The cache, for its hit and miss counts. */
    public FineTuneCache cache() {
        return cache;
    }

    /**
     * Predicts the request's runtimes.
     *
     * @param history runs of the algorithm; those matching the request's context (every
     *     non-empty essential property equal) are used for fine-tuning
     */
    public Prediction predict(BellamyModel model, PredictionRequest request, List<RunRecord> history) {
        List<RunRecord> matching = new ArrayList<>();
        for (RunRecord r : history) {
            if (r.algorithm().equals(model.algorithm()) && request.matches(r)) {
                matching.add(r);
            }
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

    /** Fine-tunes the model on the given runs (no cache). */
    public FineTuneResult fineTune(BellamyModel model, List<RunRecord> runs) {
        return new FineTuner(settings.apply(model)).fineTune(model.network(), true,
                model.pipeline(), runs, seed);
    }
}
