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
 */
public record Prediction(String algorithm, String target, String modelVersion, RuntimeCurve curve,
        boolean fineTuned, int recordsUsed, boolean cached) {

    /** Requires every part. */
    public Prediction {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(curve, "curve");
    }
}
