package io.bellamy.model;

import java.util.Objects;

/**
 * What a training step minimises, and the target noise it uses.
 *
 * @param kind the loss composition
 * @param targetNoiseStd standard deviation of the noise {@code e} added per record and step to
 *     the runtime target in training ({@code |y + e|}), finite and {@code >= 0}; 0.25 in Bellamy
 */
public record Objective(Kind kind, double targetNoiseStd) {

    /** The loss compositions. */
    public enum Kind {
        /** SPEC §5: smooth L1 on the runtime plus the two reconstruction MSEs. */
        COMPOSITE,
        /** SPEC §6: smooth L1 on the runtime only (the decoder is not evaluated). */
        RUNTIME_ONLY
    }

    /** Pre-training (SPEC §5): composite loss, noise 0.25. */
    public static final Objective PRETRAINING = new Objective(Kind.COMPOSITE, 0.25);
    /** Fine-tuning (SPEC §6): runtime loss only, noise 0.25. */
    public static final Objective FINE_TUNING = new Objective(Kind.RUNTIME_ONLY, 0.25);

    /** Validates the fields. */
    public Objective {
        Objects.requireNonNull(kind, "kind");
        if (!(targetNoiseStd >= 0) || !Double.isFinite(targetNoiseStd)) {
            throw new IllegalArgumentException("target noise std must be finite and >= 0, got "
                    + targetNoiseStd);
        }
    }

    /** This objective with another noise level. */
    public Objective withTargetNoise(double std) {
        return new Objective(kind, std);
    }

    /** Whether the reconstruction losses are part of the objective. */
    public boolean reconstructs() {
        return kind == Kind.COMPOSITE;
    }
}
