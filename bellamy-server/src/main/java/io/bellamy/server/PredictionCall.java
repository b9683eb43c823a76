package io.bellamy.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.data.PredictionRequest;
import io.bellamy.data.PredictionRequestReader;
import io.bellamy.data.TrainingTarget;
import io.bellamy.prediction.PredictionService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The body of {@code POST /v1/predictions}: what {@code bellamy predict} takes on its command line
 * and in its request file. It comes as one JSON object ({@link #parse}), or as the request file
 * itself with the rest in query parameters ({@link #fromRequestFile}).
 *
 * <pre>{@code
 * {"algorithm": "grep", "training_target": "c3o",
 *  "request": {"min_scale_out": 2, "max_scale_out": 12,
 *              "essential_properties": {...}, "optional_properties": {...}},
 *  "policy": {"name": "deadline", "deadline_s": 600, "confidence": 0.95},
 *  "price_per_node_hour": 0.4, "method": "bellamy"}
 * }</pre>
 *
 * @param algorithm the algorithm
 * @param target the training target (default c3o)
 * @param request the request (the structure of the prototype's request file)
 * @param policy the allocation policy
 * @param price price of a node-hour, or {@code null} for the configuration's price
 * @param method the predictor: {@code bellamy} (default) or {@code classic}
 */
record PredictionCall(String algorithm, TrainingTarget target, PredictionRequest request,
        PolicySpec policy, Double price, PredictionService.Method method) {

    private static final Set<String> TOP = Set.of("algorithm", "training_target", "request",
            "policy", "price_per_node_hour", "method");
    /** Request keys, longest first, to name the field of a message from the request reader. */
    private static final List<String> REQUEST_KEYS = List.of(
            "essential_properties.data_characteristics", "essential_properties.machine_type",
            "essential_properties.data_size_MB", "essential_properties.environment",
            "essential_properties.job_args", "optional_properties.job_type",
            "optional_properties.memory", "optional_properties.slots", "essential_properties",
            "optional_properties", "min_scale_out", "max_scale_out", "data_characteristics",
            "machine_type", "data_size_MB", "environment", "job_args", "job_type", "memory",
            "slots");

    /** Parses and validates a body; errors name the field. */
    static PredictionCall parse(JsonNode body) {
        Fields f = new Fields(body, "").onlyKnown(TOP);
        Fields request = f.object("request", true);
        PredictionRequest parsed;
        try {
            parsed = new PredictionRequestReader().fromTree(request.node(), "request");
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField(fieldOf(e.getMessage()), e.getMessage(), e);
        }
        return of(f, parsed);
    }

    /**
     * The call of the request-file form: the body is the file {@code bellamy predict -r} reads
     * (the prototype's YAML, or JSON), the other fields come as query parameters of the same
     * names ({@code algorithm}, {@code training_target}, {@code method},
     * {@code price_per_node_hour}) or, for the
     * policy, {@code policy}, {@code deadline_s}, {@code confidence} and {@code min_speedup}.
     * Errors name the parameter, or the line of the request file.
     *
     * @param query the query parameters (besides these, only {@code format} is allowed)
     * @param requestText the body
     * @param isJson whether the body is JSON (else YAML)
     */
    static PredictionCall fromRequestFile(Map<String, List<String>> query, String requestText,
            boolean isJson) {
        ObjectNode top = JsonNodeFactory.instance.objectNode();
        ObjectNode policy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, List<String>> e : new TreeMap<>(query).entrySet()) {
            String name = e.getKey();
            if (e.getValue().size() != 1) {
                throw ApiProblem.badField(name, "query parameter '" + name
                        + "' must be given once, got " + e.getValue().size());
            }
            String value = e.getValue().get(0);
            switch (name) {
                case "algorithm", "training_target", "method" -> top.put(name, value);
                case "price_per_node_hour" -> top.put(name, queryNumber(name, value));
                case "policy" -> policy.put("name", value);
                case "deadline_s", "confidence", "min_speedup" ->
                        policy.put(name, queryNumber(name, value));
                case ResponseFormat.PARAMETER -> {
                    // chooses the response, checked where it is written
                }
                default -> throw ApiProblem.badField(name, "unknown query parameter '" + name
                        + "'; expected algorithm, training_target, method, policy, deadline_s, "
                        + "confidence, min_speedup, price_per_node_hour or format");
            }
        }
        if (!policy.isEmpty()) {
            top.set("policy", policy);
        }
        PredictionRequest parsed;
        try {
            parsed = new PredictionRequestReader().parse(requestText, "request", isJson);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField(fieldOf(e.getMessage()), e.getMessage(), e);
        }
        return of(new Fields(top, ""), parsed);
    }

    private static double queryNumber(String name, String value) {
        try {
            double v = Double.parseDouble(value);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.badField(name, "query parameter '" + name + "' must be a finite number, "
                + "got '" + value + "'");
    }

    private static PredictionCall of(Fields f, PredictionRequest parsed) {
        String algorithm = f.text("algorithm", null);
        if (!algorithm.matches("[A-Za-z0-9._-]+") || algorithm.startsWith(".")) {
            throw ApiProblem.badField("algorithm", "'algorithm' may only contain letters, digits, "
                    + "'.', '_' and '-', got '" + algorithm + "'");
        }
        TrainingTarget target = target(f.text("training_target", "c3o"), "training_target");
        Double price = f.number("price_per_node_hour", false);
        if (price != null && !(price > 0)) {
            throw ApiProblem.badField("price_per_node_hour",
                    "'price_per_node_hour' must be > 0, got " + price);
        }
        PredictionService.Method method;
        try {
            method = PredictionService.Method.parse(f.text("method", "bellamy"));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField("method", e.getMessage(), e);
        }
        return new PredictionCall(algorithm, target, parsed, PolicySpec.parse(f), price, method);
    }

    /** A training target from a body field or a path segment; 400 naming it when unknown. */
    static TrainingTarget target(String text, String field) {
        try {
            return TrainingTarget.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badField(field, e.getMessage(), e);
        }
    }

    private static String fieldOf(String message) {
        String text = message == null ? "" : message;
        for (String key : REQUEST_KEYS) {
            if (text.contains(key)) {
                return "request." + (key.contains(".") || key.endsWith("_properties")
                        || key.endsWith("scale_out") ? key : qualify(key));
            }
        }
        return "request";
    }

    private static String qualify(String key) {
        return switch (key) {
            case "job_type", "memory", "slots" -> "optional_properties." + key;
            default -> "essential_properties." + key;
        };
    }
}
