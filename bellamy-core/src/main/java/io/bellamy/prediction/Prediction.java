package io.bellamy.prediction;

import io.bellamy.allocation.RuntimeCurve;
import java.util.Objects;

/**
 * The runtimes Bellamy predicts for one request.
 *
 * @param algorithm the algorithm
 * @param target the training target of the model
 * @param modelVersion the model's version (changes whenever it is pre-trained again)
 * @param curve predicted runtime per scale-out
 * @param fineTuned whether the model was fine-tuned on the context's history
 * @param recordsUsed history records used for fine-tuning (0 when used as pre-trained)
 * @param cached whether the fine-tuned weights came from the cache
 * @param method the predictor that answered: {@code bellamy} (the default: the pre-trained
 *     curve adapted to the history) or {@code classic} (the prototype's fine-tuning)
 */
public record Prediction(String algorithm, String target, String modelVersion, RuntimeCurve curve,
        boolean fineTuned, int recordsUsed, boolean cached, String method) {

    /** A prediction of the classic method. */
    public Prediction(String algorithm, String target, String modelVersion, RuntimeCurve curve,
            boolean fineTuned, int recordsUsed, boolean cached) {
        this(algorithm, target, modelVersion, curve, fineTuned, recordsUsed, cached,
                PredictionService.Method.CLASSIC.id());
    }

    /** Requires every part. */
    public Prediction {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(method, "method");
    }
}
