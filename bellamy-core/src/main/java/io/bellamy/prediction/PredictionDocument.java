package io.bellamy.prediction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.allocation.Recommendation;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.data.PredictionRequest;

/**
 * The JSON document of one answered request (schema {@code bellamy-prediction/1}): what
 * {@code bellamy predict --format json} prints and {@code POST /v1/predictions} answers, so that
 * clients parse one shape. Fields are only ever added.
 */
public final class PredictionDocument {

    /** The schema id, as the CLI writes it. */
    public static final String SCHEMA = "bellamy-prediction/1";

    private PredictionDocument() {
    }

    /** The document of one answered request. */
    public static ObjectNode of(ObjectMapper json, PredictionRequest request, Prediction prediction,
            RuntimeCurve curve, Recommendation recommendation, double seconds) {
        ObjectNode root = json.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("algorithm", prediction.algorithm());
        root.put("training_target", prediction.target());
        root.put("model_version", prediction.modelVersion());
        root.put("method", prediction.method());
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
        return root;
    }
}
