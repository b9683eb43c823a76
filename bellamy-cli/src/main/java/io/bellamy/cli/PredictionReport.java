package io.bellamy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.bellamy.allocation.Recommendation;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.data.PredictionRequest;
import io.bellamy.prediction.Prediction;
import io.bellamy.prediction.PredictionDocument;
import io.bellamy.prediction.PredictionTable;
import java.io.PrintWriter;

/** What {@code predict} prints: a table for people, or a stable JSON document (README). */
record PredictionReport(PredictionRequest request, Prediction prediction, RuntimeCurve curve,
        Recommendation recommendation, boolean priced, double seconds) {

    void printTable(PrintWriter out) {
        out.print(PredictionTable.render(prediction, curve, recommendation, priced, seconds));
    }

    String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(PredictionDocument.of(Json.MAPPER, request,
                    prediction, curve, recommendation, seconds));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the prediction as JSON", e);
        }
    }

    /** The mapper, made on first use: printing a table should not pay for it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
