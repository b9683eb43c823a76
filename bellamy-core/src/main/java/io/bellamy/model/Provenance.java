package io.bellamy.model;

import java.util.Objects;

/**
 * Where a model came from.
 *
 * @param target training target id ({@code c3o}, {@code bell}, {@code all})
 * @param algorithm the algorithm
 * @param createdAt ISO-8601 instant the model was written
 * @param seed the seed of the pre-training
 * @param dataDigest SHA-256 of the pre-training records
 * @param codeVersion version of Bellamy that trained it
 */
public record Provenance(String target, String algorithm, String createdAt, long seed,
        String dataDigest, String codeVersion) {

    /** Requires every field. */
    public Provenance {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(dataDigest, "dataDigest");
        Objects.requireNonNull(codeVersion, "codeVersion");
    }
}
