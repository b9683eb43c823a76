package io.bellamy.adaptation;

import io.bellamy.model.AdaptationSettings;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.Objects;

/**
 * The pre-trained models a prior curve is made from: the network, and optionally a global model
 * trained on the same runs (the C3O-style gradient boosting), blended by
 * {@link AdaptationSettings#networkWeight()}.
 *
 * @param network the pre-trained network as a model (k = 0: no target run)
 * @param global the global model, or {@code null}
 * @param lo the smallest scale-out of the pre-training runs
 * @param hi the largest
 * @param fallback a positive runtime for a model that predicts nothing positive (the median
 *     pre-training runtime)
 */
public record PriorModels(FittedRuntimeModel network, FittedRuntimeModel global, int lo, int hi,
        double fallback) {

    /** Checks the range and the fallback. */
    public PriorModels {
        Objects.requireNonNull(network, "network");
        if (lo < 1 || hi < lo) {
            throw new IllegalArgumentException("scale-out range must satisfy 1 <= lo <= hi, got ["
                    + lo + ", " + hi + "]");
        }
        if (!(fallback > 0) || !Double.isFinite(fallback)) {
            throw new IllegalArgumentException("fallback runtime must be finite and > 0, got "
                    + fallback);
        }
    }

    /** The network's curve for the context of {@code template}. */
    PriorCurve networkCurve(io.bellamy.data.RunRecord template) {
        return PriorCurve.fit(n -> network.predict(template.withScaleOut(n)), lo, hi, fallback);
    }

    /** The global model's curve for the context of {@code template}, or {@code null}. */
    PriorCurve globalCurve(io.bellamy.data.RunRecord template) {
        return global == null ? null
                : PriorCurve.fit(n -> global.predict(template.withScaleOut(n)), lo, hi, fallback);
    }

    /** The blended prior curve for the context of {@code template}. */
    PriorCurve curve(io.bellamy.data.RunRecord template, double networkWeight) {
        PriorCurve net = networkCurve(template);
        PriorCurve glob = globalCurve(template);
        return glob == null ? net : PriorCurve.blend(net, glob, networkWeight);
    }
}
