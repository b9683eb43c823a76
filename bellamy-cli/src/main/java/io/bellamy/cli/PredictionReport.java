package io.bellamy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.bellamy.allocation.Recommendation;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.data.PredictionRequest;
import io.bellamy.prediction.Prediction;
import io.bellamy.prediction.PredictionDocument;
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
        boolean classic = prediction.method().equals("classic");
        out.println(!prediction.fineTuned()
                ? String.format(Locale.ROOT, "method %s; no runs of this context in the store: "
                        + "the pre-trained model is used as it is (%.2f s)", prediction.method(),
                        seconds)
                : classic
                ? String.format(Locale.ROOT, "method classic: fine-tuned on %d runs of this "
                        + "context%s (%.2f s)", prediction.recordsUsed(),
                        prediction.cached() ? ", from the cache" : "", seconds)
                : String.format(Locale.ROOT, "method bellamy: the pre-trained curve adapted to "
                        + "%d runs of this context (%.2f s)", prediction.recordsUsed(), seconds));
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
        try {
            return JSON.writeValueAsString(PredictionDocument.of(JSON, request, prediction, curve,
                    recommendation, seconds));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the prediction as JSON", e);
        }
    }
}
