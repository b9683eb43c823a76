package io.bellamy.features;

import java.util.HashMap;
import java.util.Map;

/**
 * Encodes one property of one row into its {@code 1 + nFeatures} values: the category flag, then
 * the hashed text or the binary number (SPEC §3).
 *
 * <p>Mutable: remembers the hashed vector of every distinct text it has seen, so a batch of
 * thousands of rows hashes each distinct string once. Make one per transform call; not
 * thread-safe.
 */
final class PropertyEncoder {

    private final HashingVectorizer vectorizer;
    private final BinaryEncoder binary;
    private final Map<String, double[]> hashed = new HashMap<>();

    PropertyEncoder(HashingVectorizer vectorizer) {
        this.vectorizer = vectorizer;
        this.binary = new BinaryEncoder(vectorizer.nFeatures());
    }

    /** Width of one encoded property: the flag and {@code nFeatures} values. */
    int width() {
        return 1 + vectorizer.nFeatures();
    }

    /** Writes the encoding of {@code property} of {@code values} into {@code out[offset .. offset + width())}. */
    void encode(Property property, PropertyValues values, double[] out, int offset) {
        out[offset] = property.kind().flag();
        if (property.kind() == PropertyKind.TEXT) {
            double[] v = hashed.computeIfAbsent(property.text(values), vectorizer::transform);
            System.arraycopy(v, 0, out, offset + 1, v.length);
        } else {
            binary.encodeInto(property.number(values), out, offset + 1);
        }
    }

    /** Number of distinct texts hashed so far. */
    int distinctTextsHashed() {
        return hashed.size();
    }
}
