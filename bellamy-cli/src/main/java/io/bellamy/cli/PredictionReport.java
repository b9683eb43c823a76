package io.bellamy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.allocation.Recommendation;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.data.PredictionRequest;
import io.bellamy.prediction.Prediction;
import java.io.PrintWriter;
import java.util.Locale;

/** What {@code predict} prints: a table for people, or a stable JSON document (README). */
record PredictionReport(PredictionRequest request, Prediction prediction, RuntimeCurve curve,
        Recommendation recommendation, boolean priced, double seconds) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    void printTable(PrintWriter out) {
        String costUnit = priced ? "cost" : "node-hours";
        out.printf("%s on %s, model %s%n", prediction.algorithm(), prediction.target(),
                prediction.modelVersion());
        out.println(prediction.fineTuned()
                ? String.format(Locale.ROOT, "fine-tuned on %d runs of this context%s (%.2f s)",
                        prediction.recordsUsed(), prediction.cached() ? ", from the cache" : "",
                        seconds)
                : "no runs of this context in the store: the pre-trained model is used as it is");
        out.printf("%n%9s %15s %12s%n", "scale-out", "runtime (s)", costUnit);
        for (RuntimeCurve.Point p : curve.points()) {
            out.printf(Locale.ROOT, "%9d %15.1f %12.4f%s%n", p.scaleOut(), p.runtime(),
                    curve.cost(p), p.scaleOut() == recommendation.scaleOut() ? "   <- recommended"
                            : "");
        }
        out.printf(Locale.ROOT, "%nrecommendation (%s): %d nodes, %.1f s predicted%n",
                recommendation.policy(), recommendation.scaleOut(),
                recommendation.predictedRuntime());
        out.printf("why: %s%n", recommendation.reason());
    }

    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", "bellamy-prediction/1");
        root.put("algorithm", prediction.algorithm());
        root.put("training_target", prediction.target());
        root.put("model_version", prediction.modelVersion());
        root.put("fine_tuned", prediction.fineTuned());
        root.put("records_used", prediction.recordsUsed());
        root.put("cached", prediction.cached());
        root.put("seconds", seconds);
        ObjectNode req = root.putObject("request");
        req.put("min_scale_out", request.minScaleOut());
        req.put("max_scale_out", request.maxScaleOut());
        ObjectNode essential = req.putObject("essential_properties");
        essential.put("machine_type", request.machineType());
        essential.put("job_args", request.jobArgs());
        essential.put("data_size_MB", request.dataSizeMB());
        essential.put("data_characteristics", request.dataCharacteristics());
        essential.put("environment", request.environment());
        ObjectNode optional = req.putObject("optional_properties");
        optional.put("job_type", request.jobType());
        if (request.memoryPerNode() == null) {
            optional.putNull("memory");
        } else {
            optional.put("memory", request.memoryPerNode());
        }
        if (request.slotsPerNode() == null) {
            optional.putNull("slots");
        } else {
            optional.put("slots", request.slotsPerNode());
        }
        root.put("price_per_node_hour", curve.pricePerNodeHour());
        ArrayNode points = root.putArray("predictions");
        for (RuntimeCurve.Point p : curve.points()) {
            ObjectNode point = points.addObject();
            point.put("scale_out", p.scaleOut());
            point.put("runtime_s", p.runtime());
            point.put("cost", curve.cost(p));
        }
        ObjectNode rec = root.putObject("recommendation");
        rec.put("policy", recommendation.policy());
        rec.put("scale_out", recommendation.scaleOut());
        rec.put("runtime_s", recommendation.predictedRuntime());
        rec.put("cost", recommendation.predictedCost());
        rec.put("satisfied", recommendation.satisfied());
        rec.put("reason", recommendation.reason());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the prediction as JSON", e);
        }
    }
}
