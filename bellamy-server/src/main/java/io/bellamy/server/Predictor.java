package io.bellamy.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.allocation.Recommendation;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.config.BellamyConfig;
import io.bellamy.data.PredictionRequest;
import io.bellamy.data.RunRecord;
import io.bellamy.prediction.Prediction;
import io.bellamy.prediction.PredictionDocument;
import io.bellamy.prediction.PredictionService;
import io.bellamy.prediction.PredictionTable;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import java.util.List;
import java.util.Map;

/**
 * Answers {@code POST /v1/predictions} as {@code bellamy predict} does: the model of the target
 * and algorithm, adapted to the store's runs of the request's context by the call's method
 * ({@code bellamy}; {@code classic} fine-tunes through the shared single-flight cache), the
 * runtime of every scale-out, and the policy's recommendation.
 */
final class Predictor {

    private final RunStore store;
    private final ModelCatalog catalog;
    private final Map<PredictionService.Method, PredictionService> services;
    private final BellamyConfig config;

    Predictor(RunStore store, ModelCatalog catalog,
            Map<PredictionService.Method, PredictionService> services, BellamyConfig config) {
        this.store = store;
        this.catalog = catalog;
        this.services = Map.copyOf(services);
        this.config = config;
    }

    /**
     * One answered call, rendered on demand as the JSON document or the CLI's table.
     *
     * @param priced whether the price came from the call or the configuration (else node-hours)
     * @param seconds how long answering took
     */
    record Answer(PredictionRequest request, Prediction prediction, RuntimeCurve curve,
            Recommendation recommendation, boolean priced, double seconds) {

        /** The {@code bellamy-prediction/1} document. */
        ObjectNode document(ObjectMapper json) {
            return PredictionDocument.of(json, request, prediction, curve, recommendation,
                    seconds);
        }

        /** The table {@code bellamy predict} prints. */
        String table() {
            return PredictionTable.render(prediction, curve, recommendation, priced, seconds);
        }
    }

    /** The answer to one call. */
    Answer predict(PredictionCall call) {
        long started = System.nanoTime();
        ModelCatalog.Loaded loaded = catalog.get(call.target().id(), call.algorithm());
        PredictionRequest request = call.request();
        PredictionService service = services.get(call.method());
        // the default method also learns its global model from the other contexts' runs
        List<RunRecord> history = store.runs(service.method() == PredictionService.Method.BELLAMY
                ? RunQuery.of(call.algorithm()) : RunQuery.forRequest(call.algorithm(), request));
        Prediction prediction = service.predict(loaded.model(), request, history);
        boolean configured = config.prices().containsKey(request.machineType());
        double price = call.price() != null ? call.price()
                : config.prices().getOrDefault(request.machineType(), 1.0);
        RuntimeCurve curve = new RuntimeCurve(prediction.curve().points(), price);
        Recommendation recommendation = call.policy().build(loaded.model()).recommend(curve);
        return new Answer(request, prediction, curve, recommendation,
                call.price() != null || configured, (System.nanoTime() - started) / 1e9);
    }
}
