package io.bellamy.prediction;

import io.bellamy.allocation.Recommendation;
import io.bellamy.allocation.RuntimeCurve;
import java.util.Locale;

/**
 * The table of one answered request, for people: what {@code bellamy predict} prints and
 * {@code POST /v1/predictions} answers as {@code text/plain}, so both show the same text.
 */
public final class PredictionTable {

    private PredictionTable() {
    }

    /**
     * The table, lines ending in {@code \n}: the model, whether and on how many runs it was
     * fine-tuned, runtime and cost per scale-out with the recommended one marked, and the
     * recommendation with its reason.
     *
     * @param priced whether the curve's price is a real price (else the cost column is node-hours)
     * @param seconds how long answering took
     */
    public static String render(Prediction prediction, RuntimeCurve curve,
            Recommendation recommendation, boolean priced, double seconds) {
        StringBuilder out = new StringBuilder(1024);
        String costUnit = priced ? "cost" : "node-hours";
        line(out, String.format(Locale.ROOT, "%s on %s, model %s", prediction.algorithm(),
                prediction.target(), prediction.modelVersion()));
        boolean classic = prediction.method().equals(PredictionService.Method.CLASSIC.id());
        line(out, !prediction.fineTuned()
                ? String.format(Locale.ROOT, "method %s; no runs of this context in the store: "
                        + "the pre-trained model is used as it is (%.2f s)", prediction.method(),
                        seconds)
                : classic
                ? String.format(Locale.ROOT, "method classic: fine-tuned on %d runs of this "
                        + "context%s (%.2f s)", prediction.recordsUsed(),
                        prediction.cached() ? ", from the cache" : "", seconds)
                : String.format(Locale.ROOT, "method bellamy: the pre-trained curve adapted to "
                        + "%d runs of this context (%.2f s)", prediction.recordsUsed(), seconds));
        line(out, "");
        line(out, String.format(Locale.ROOT, "%9s %15s %12s", "scale-out", "runtime (s)",
                costUnit));
        for (RuntimeCurve.Point p : curve.points()) {
            line(out, String.format(Locale.ROOT, "%9d %15.1f %12.4f%s", p.scaleOut(), p.runtime(),
                    curve.cost(p), p.scaleOut() == recommendation.scaleOut()
                            ? "   <- recommended" : ""));
        }
        line(out, "");
        line(out, String.format(Locale.ROOT, "recommendation (%s): %d nodes, %.1f s predicted",
                recommendation.policy(), recommendation.scaleOut(),
                recommendation.predictedRuntime()));
        line(out, "why: " + recommendation.reason());
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
