package io.bellamy.model;

import io.bellamy.features.FittedPipeline;
import java.util.Objects;

/**
 * A pre-trained Bellamy model of one algorithm: network shape and weights, the fitted feature
 * pipeline, the chosen hyperparameters, the training report and provenance. Immutable; {@link
 * #network()} builds a fresh network holding the weights.
 *
 * @param config network shape (with the chosen dropout)
 * @param weights all parameters in {@link BellamyNetwork#weights()} order (not copied: treat as
 *     read-only)
 * @param pipeline the fitted feature pipeline
 * @param hyperparameters the best trial's hyperparameters
 * @param training how it was trained
 * @param provenance where it came from
 * @param adaptation the default predictor's calibration on held-out pre-training contexts, or
 *     {@code null} for a model pre-trained without it (then only the faithful fine-tuning
 *     applies)
 */
public record BellamyModel(NetworkConfig config, double[] weights, FittedPipeline pipeline,
        Hyperparameters hyperparameters, TrainingReport training, Provenance provenance,
        AdaptationSettings adaptation) {

    /** A model without the default predictor's calibration. */
    public BellamyModel(NetworkConfig config, double[] weights, FittedPipeline pipeline,
            Hyperparameters hyperparameters, TrainingReport training, Provenance provenance) {
        this(config, weights, pipeline, hyperparameters, training, provenance, null);
    }

    /** This model with the default predictor's calibration. */
    public BellamyModel withAdaptation(AdaptationSettings settings) {
        return new BellamyModel(config, weights, pipeline, hyperparameters, training, provenance,
                Objects.requireNonNull(settings, "settings"));
    }

    /** Checks that the weights fit the network shape. */
    public BellamyModel {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(provenance, "provenance");
        int expected = new BellamyNetwork(config, 0L).weights().length;
        if (weights.length != expected) {
            throw new IllegalArgumentException("the network needs " + expected
                    + " weights, got " + weights.length);
        }
        if (pipeline.propertyWidth() != config.encodingSize()) {
            throw new IllegalArgumentException("the pipeline encodes properties as "
                    + pipeline.propertyWidth() + " values but the network expects "
                    + config.encodingSize());
        }
    }

    /** A new network holding this model's weights, dropout off. */
    public BellamyNetwork network() {
        BellamyNetwork network = new BellamyNetwork(config, 0L);
        network.setWeights(weights);
        network.setDropoutEnabled(false);
        return network;
    }

    /**
     * The model's version: when it was created and a digest of its weights. Changes whenever the
     * model is pre-trained again.
     */
    public String version() {
        return provenance.createdAt() + "/" + ModelFile.sha256(weights).substring(0, 16);
    }

    /** The algorithm this model predicts. */
    public String algorithm() {
        return provenance.algorithm();
    }
}
