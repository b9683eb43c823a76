package io.bellamy.features;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Encoded rows, ready for the network of SPEC §4, as flat row-major arrays.
 *
 * <p>Layout, with {@code w = propertyWidth()} (40 for the prototype's settings):
 * <ul>
 *   <li>{@code scaleOut}: {@code size x 3}; row {@code r} feature {@code f} at {@code r * 3 + f}
 *   <li>{@code essential}: {@code size x 5 x w}; row {@code r} property {@code p} value {@code j}
 *       at {@code (r * 5 + p) * w + j}
 *   <li>{@code optional}: {@code size x 3 x w}, same scheme
 *   <li>{@code optionalMask}: {@code size x 3}; 1.0 if that optional property is present, else 0.0
 *   <li>{@code target}: {@code size}; runtime in seconds, NaN for rows of a prediction request
 *   <li>{@code scaleOuts}: {@code size}; the raw scale-out of each row
 * </ul>
 *
 * <p>The arrays are shared, not copied, so that training can read them without copying: nobody
 * may modify them after construction. Equality compares the contents ({@link Arrays#equals},
 * so NaN targets are equal and {@code 0.0 != -0.0}).
 *
 * @param size number of rows, {@code >= 0}
 * @param scaleOut scaled scale-out features, {@code size x 3}
 * @param essential essential property encodings, {@code size x 5 x w}
 * @param optional optional property encodings, {@code size x 3 x w}
 * @param optionalMask presence of each optional property, {@code size x 3}
 * @param target runtime in seconds or NaN, {@code size}
 * @param scaleOuts raw scale-outs, {@code size}
 */
public record EncodedBatch(
        int size,
        double[] scaleOut,
        double[] essential,
        double[] optional,
        double[] optionalMask,
        double[] target,
        int[] scaleOuts) {

    /** Scale-out features per row. */
    public static final int SCALE_OUT_FEATURES = ScaleOutScaler.FEATURES;
    /** Essential properties per row. */
    public static final int ESSENTIAL_PROPERTIES = 5;
    /** Optional properties per row. */
    public static final int OPTIONAL_PROPERTIES = 3;

    /** Checks that every array has the length the layout requires. */
    public EncodedBatch {
        if (size < 0) {
            throw new IllegalArgumentException("batch size must be >= 0, got " + size);
        }
        requireLength("scaleOut", scaleOut, size * SCALE_OUT_FEATURES);
        requireLength("optionalMask", optionalMask, size * OPTIONAL_PROPERTIES);
        requireLength("target", target, size);
        Objects.requireNonNull(scaleOuts, "scaleOuts");
        if (scaleOuts.length != size) {
            throw new IllegalArgumentException(
                    "scaleOuts must have " + size + " values, got " + scaleOuts.length);
        }
        Objects.requireNonNull(essential, "essential");
        Objects.requireNonNull(optional, "optional");
        int width = size == 0 ? 0 : essential.length / (size * ESSENTIAL_PROPERTIES);
        if ((size > 0 && width < 1) || essential.length != size * ESSENTIAL_PROPERTIES * width) {
            throw new IllegalArgumentException("essential must have " + size + " x "
                    + ESSENTIAL_PROPERTIES + " x width values, got " + essential.length);
        }
        requireLength("optional", optional, size * OPTIONAL_PROPERTIES * width);
    }

    private static void requireLength(String name, double[] array, int expected) {
        Objects.requireNonNull(array, name);
        if (array.length != expected) {
            throw new IllegalArgumentException(
                    name + " must have " + expected + " values, got " + array.length);
        }
    }

    /** Values per encoded property ({@code 1 + n_features}); 0 for an empty batch. */
    public int propertyWidth() {
        return size == 0 ? 0 : essential.length / (size * ESSENTIAL_PROPERTIES);
    }

    /**
     * A new batch of the given rows, in the given order (repeats allowed).
     *
     * @param rows row indices in {@code [0, size)}; not modified
     */
    public EncodedBatch select(int... rows) {
        int w = propertyWidth();
        int n = rows.length;
        double[] so = new double[n * SCALE_OUT_FEATURES];
        double[] es = new double[n * ESSENTIAL_PROPERTIES * w];
        double[] op = new double[n * OPTIONAL_PROPERTIES * w];
        double[] mask = new double[n * OPTIONAL_PROPERTIES];
        double[] y = new double[n];
        int[] raw = new int[n];
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            if (r < 0 || r >= size) {
                throw new IndexOutOfBoundsException(
                        "row " + r + " at position " + i + " is outside a batch of " + size);
            }
            copyRow(scaleOut, r, i, SCALE_OUT_FEATURES, so);
            copyRow(essential, r, i, ESSENTIAL_PROPERTIES * w, es);
            copyRow(optional, r, i, OPTIONAL_PROPERTIES * w, op);
            copyRow(optionalMask, r, i, OPTIONAL_PROPERTIES, mask);
            y[i] = target[r];
            raw[i] = scaleOuts[r];
        }
        return new EncodedBatch(n, so, es, op, mask, y, raw);
    }

    private static void copyRow(double[] from, int fromRow, int toRow, int stride, double[] to) {
        System.arraycopy(from, fromRow * stride, to, toRow * stride, stride);
    }

    /**
     * The rows of {@code batches} one after another, in a new batch.
     *
     * @throws IllegalArgumentException if non-empty batches differ in property width
     */
    public static EncodedBatch concat(List<EncodedBatch> batches) {
        int n = 0;
        int w = 0;
        for (EncodedBatch b : batches) {
            if (b.size == 0) {
                continue;
            }
            if (w != 0 && b.propertyWidth() != w) {
                throw new IllegalArgumentException("cannot concatenate batches of property width "
                        + w + " and " + b.propertyWidth());
            }
            w = b.propertyWidth();
            n += b.size;
        }
        double[] so = new double[n * SCALE_OUT_FEATURES];
        double[] es = new double[n * ESSENTIAL_PROPERTIES * w];
        double[] op = new double[n * OPTIONAL_PROPERTIES * w];
        double[] mask = new double[n * OPTIONAL_PROPERTIES];
        double[] y = new double[n];
        int[] raw = new int[n];
        int at = 0;
        for (EncodedBatch b : batches) {
            System.arraycopy(b.scaleOut, 0, so, at * SCALE_OUT_FEATURES, b.scaleOut.length);
            System.arraycopy(b.essential, 0, es, at * ESSENTIAL_PROPERTIES * w, b.essential.length);
            System.arraycopy(b.optional, 0, op, at * OPTIONAL_PROPERTIES * w, b.optional.length);
            System.arraycopy(b.optionalMask, 0, mask, at * OPTIONAL_PROPERTIES, b.optionalMask.length);
            System.arraycopy(b.target, 0, y, at, b.size);
            System.arraycopy(b.scaleOuts, 0, raw, at, b.size);
            at += b.size;
        }
        return new EncodedBatch(n, so, es, op, mask, y, raw);
    }

    /** {@link #concat(List)} of the arguments. */
    public static EncodedBatch concat(EncodedBatch... batches) {
        return concat(List.of(batches));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedBatch b
                && size == b.size
                && Arrays.equals(scaleOut, b.scaleOut)
                && Arrays.equals(essential, b.essential)
                && Arrays.equals(optional, b.optional)
                && Arrays.equals(optionalMask, b.optionalMask)
                && Arrays.equals(target, b.target)
                && Arrays.equals(scaleOuts, b.scaleOuts);
    }

    @Override
    public int hashCode() {
        int h = Integer.hashCode(size);
        h = 31 * h + Arrays.hashCode(scaleOut);
        h = 31 * h + Arrays.hashCode(essential);
        h = 31 * h + Arrays.hashCode(optional);
        h = 31 * h + Arrays.hashCode(optionalMask);
        h = 31 * h + Arrays.hashCode(target);
        return 31 * h + Arrays.hashCode(scaleOuts);
    }

    @Override
    public String toString() {
        return "EncodedBatch[size=" + size + ", propertyWidth=" + propertyWidth() + "]";
    }
}
