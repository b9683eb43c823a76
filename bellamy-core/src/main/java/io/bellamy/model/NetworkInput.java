package io.bellamy.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * The encoded records a {@link BellamyNetwork} reads, as flat row-major arrays (the layout of the
 * feature pipeline's {@code EncodedBatch}). For {@code n} rows and encoding size {@code e}:
 *
 * @param scaleOut {@code n x 3}: row {@code r} feature {@code c} at {@code r * 3 + c}
 * @param essential {@code n x 5 x e}: row {@code r}, property {@code p}, value {@code j} at
 *     {@code (r * 5 + p) * e + j}
 * @param optional {@code n x 3 x e}, laid out as {@code essential}
 * @param optionalMask {@code n x 3}: 1.0 when optional property {@code p} of row {@code r} is
 *     present, 0.0 when absent
 * @param target {@code n} runtimes in seconds, or {@code null} for prediction-only input
 *
 * <p>The arrays are used as given, not copied: do not modify them while a network reads them.
 * Every value must be finite (checked once, here). Equality is by array identity (the record
 * default for array components).
 */
public record NetworkInput(double[] scaleOut, double[] essential, double[] optional,
        double[] optionalMask, double[] target) implements Serializable {

    /** Validates shapes and values. */
    public NetworkInput {
        Objects.requireNonNull(scaleOut, "scaleOut");
        Objects.requireNonNull(essential, "essential");
        Objects.requireNonNull(optional, "optional");
        Objects.requireNonNull(optionalMask, "optionalMask");
        if (scaleOut.length % NetworkConfig.SCALE_OUT_FEATURES != 0) {
            throw new IllegalArgumentException("scaleOut length must be a multiple of 3, got "
                    + scaleOut.length);
        }
        int n = scaleOut.length / NetworkConfig.SCALE_OUT_FEATURES;
        int essentialPerRow = n == 0 ? 0 : essential.length / n;
        if (n == 0 ? essential.length != 0 || optional.length != 0
                : essential.length % n != 0
                        || essentialPerRow % NetworkConfig.ESSENTIAL_PROPERTIES != 0
                        || essentialPerRow == 0) {
            throw new IllegalArgumentException("essential length " + essential.length
                    + " is not n x 5 x e for n = " + n);
        }
        int e = n == 0 ? 0 : essentialPerRow / NetworkConfig.ESSENTIAL_PROPERTIES;
        if (optional.length != n * NetworkConfig.OPTIONAL_PROPERTIES * e) {
            throw new IllegalArgumentException("optional length must be n x 3 x e = "
                    + (n * NetworkConfig.OPTIONAL_PROPERTIES * e) + ", got " + optional.length);
        }
        if (optionalMask.length != n * NetworkConfig.OPTIONAL_PROPERTIES) {
            throw new IllegalArgumentException("optionalMask length must be n x 3 = "
                    + (n * NetworkConfig.OPTIONAL_PROPERTIES) + ", got " + optionalMask.length);
        }
        if (target != null && target.length != n) {
            throw new IllegalArgumentException("target length must be n = " + n + ", got "
                    + target.length);
        }
        requireFinite("scaleOut", scaleOut);
        requireFinite("essential", essential);
        requireFinite("optional", optional);
        requireFinite("target", target);
        for (int i = 0; i < optionalMask.length; i++) {
            double m = optionalMask[i];
            if (m != 0.0 && m != 1.0) {
                throw new IllegalArgumentException("optionalMask[" + i + "] must be 0.0 or 1.0, got "
                        + m);
            }
        }
    }

    /** The number of rows {@code n}. */
    public int rows() {
        return scaleOut.length / NetworkConfig.SCALE_OUT_FEATURES;
    }

    /** The property-vector length {@code e}, or 0 when there are no rows. */
    public int encodingSize() {
        int n = rows();
        return n == 0 ? 0 : essential.length / (n * NetworkConfig.ESSENTIAL_PROPERTIES);
    }

    /** Whether runtimes are present (needed for training and evaluation). */
    public boolean hasTarget() {
        return target != null;
    }

    private static void requireFinite(String name, double[] values) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got "
                        + values[i]);
            }
        }
    }
}
