package io.bellamy.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.model.TrainingReport.ErrorQuantiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code adaptation} section of a model file ({@link ModelFile}): an infinite slope penalty
 * is written as {@code null}, since JSON has no infinity.
 */
final class AdaptationJson {

    private AdaptationJson() {
    }

    static ObjectNode toJson(AdaptationSettings a) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("networkWeight", a.networkWeight());
        ArrayNode penalties = node.putArray("penalties");
        for (CorrectionPenalties p : a.penalties()) {
            ObjectNode pn = penalties.addObject();
            pn.put("level", p.level());
            if (Double.isInfinite(p.slope())) {
                pn.putNull("slope");
            } else {
                pn.put("slope", p.slope());
            }
        }
        ArrayNode errors = node.putArray("logErrors");
        for (ErrorQuantiles q : a.logErrors()) {
            ObjectNode qn = errors.addObject();
            qn.put("q50", q.q50());
            qn.put("q90", q.q90());
            qn.put("q95", q.q95());
            qn.put("q99", q.q99());
        }
        node.put("cases", a.cases());
        return node;
    }

    static AdaptationSettings fromJson(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("'adaptation' must be an object");
        }
        List<CorrectionPenalties> penalties = new ArrayList<>();
        for (JsonNode p : array(node, "penalties")) {
            JsonNode slope = p.get("slope");
            penalties.add(new CorrectionPenalties(number(p, "level", "adaptation.penalties"),
                    slope == null || slope.isNull() ? Double.POSITIVE_INFINITY
                            : number(p, "slope", "adaptation.penalties")));
        }
        List<ErrorQuantiles> errors = new ArrayList<>();
        for (JsonNode q : array(node, "logErrors")) {
            String at = "adaptation.logErrors";
            errors.add(new ErrorQuantiles(number(q, "q50", at), number(q, "q90", at),
                    number(q, "q95", at), number(q, "q99", at)));
        }
        return new AdaptationSettings(number(node, "networkWeight", "adaptation"), penalties,
                errors, (int) number(node, "cases", "adaptation"));
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode a = node.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException("'adaptation." + field + "' must be an array");
        }
        return a;
    }

    private static double number(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("'" + at + "." + field + "' must be a number");
        }
        return v.doubleValue();
    }
}
