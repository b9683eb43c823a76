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
 * runtime of every scale-out, and the policy's recommendation. A call answered before, with the
 * same model and no run added to the store since, is answered from the {@link AnswerCache}.
 */
final class Predictor {

    private final RunStore store;
    private final ModelCatalog catalog;
    private final Map<PredictionService.Method, PredictionService> services;
    private final BellamyConfig config;
    private final AnswerCache answers;

    Predictor(RunStore store, ModelCatalog catalog,
            Map<PredictionService.Method, PredictionService> services, BellamyConfig config,
            AnswerCache answers) {
        this.store = store;
        this.catalog = catalog;
        this.services = Map.copyOf(services);
        this.config = config;
        this.answers = answers;
    }

    /** The cache of answers, for its counts. */
    AnswerCache answers() {
        return answers;
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

        /** This answer given again from the cache, which took {@code newSeconds}. */
        Answer again(double newSeconds) {
            Prediction p = prediction;
            return new Answer(request, new Prediction(p.algorithm(), p.target(),
                    p.modelVersion(), p.curve(), p.fineTuned(), p.recordsUsed(), true,
                    p.method()), curve, recommendation, priced, newSeconds);
        }
    }

    /** The answer to one call. */
    Answer predict(PredictionCall call) {
        long started = System.nanoTime();
        // read before the runs: a run added meanwhile makes the kept answer stale, never wrong
        long changeCount = store.changeCount();
        ModelCatalog.Loaded loaded = catalog.get(call.target().id(), call.algorithm());
        Answer kept = answers.find(call, loaded, changeCount);
        if (kept != null) {
            return kept.again((System.nanoTime() - started) / 1e9);
        }
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
        Answer answer = new Answer(request, prediction, curve, recommendation,
                call.price() != null || configured, (System.nanoTime() - started) / 1e9);
        answers.put(call, loaded, changeCount, answer);
        return answer;
    }
}
