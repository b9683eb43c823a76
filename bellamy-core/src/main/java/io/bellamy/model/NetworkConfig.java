package io.bellamy.model;

import java.io.Serializable;

/**
 * The shape of a {@link BellamyNetwork} (SPEC §4).
 *
 * @param hiddenSize {@code h}: width of the scale-out embedding and of the hidden layers; even
 *     and {@code >= 2} (codes are {@code h/2} wide); Bellamy uses 8
 * @param encodingSize {@code e}: length of a property vector; {@code >= 1}; Bellamy uses 40
 * @param dropout the alpha-dropout probability of encoder and decoder, in {@code [0, 1)}
 * @param maxBatchSize the largest number of rows per forward pass, {@code >= 1}; 64 by default
 */
public record NetworkConfig(int hiddenSize, int encodingSize, double dropout, int maxBatchSize)
        implements Serializable {

    /** Number of essential properties (machine type, job args, data size, data characteristics,
     *  environment). */
    public static final int ESSENTIAL_PROPERTIES = 5;
    /** Number of optional properties (job type, memory, slots). */
    public static final int OPTIONAL_PROPERTIES = 3;
    /** Number of scale-out features ({@code 1/(n+1e-6)}, {@code ln n}, {@code n}, min-max scaled). */
    public static final int SCALE_OUT_FEATURES = 3;
    /** Bellamy's hidden size. */
    public static final int DEFAULT_HIDDEN_SIZE = 8;
    /** Bellamy's property-vector length. */
    public static final int DEFAULT_ENCODING_SIZE = 40;
    /** Bellamy's batch size. */
    public static final int DEFAULT_MAX_BATCH_SIZE = 64;

    /** Validates every field. */
    public NetworkConfig {
        if (hiddenSize < 2 || hiddenSize % 2 != 0) {
            throw new IllegalArgumentException("hidden size must be even and >= 2, got "
                    + hiddenSize);
        }
        if (encodingSize < 1) {
            throw new IllegalArgumentException("encoding size must be >= 1, got " + encodingSize);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("max batch size must be >= 1, got " + maxBatchSize);
        }
    }

    /** Bellamy's shape ({@code h = 8}, {@code e = 40}, batch 64) with the given dropout. */
    public static NetworkConfig withDropout(double dropout) {
        return new NetworkConfig(DEFAULT_HIDDEN_SIZE, DEFAULT_ENCODING_SIZE, dropout,
                DEFAULT_MAX_BATCH_SIZE);
    }

    /** The code width {@code h / 2}. */
    public int codeSize() {
        return hiddenSize / 2;
    }

    /** The combination-net input width {@code h + 5 * h/2 + h/2} (32 for {@code h = 8}). */
    public int combinationInputSize() {
        return hiddenSize + (ESSENTIAL_PROPERTIES + 1) * codeSize();
    }
}
