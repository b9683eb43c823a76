package io.bellamy.features;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * The numeric-property encoder of SPEC §3: the lowest {@code bits} bits of {@code int(value)},
 * most significant first, as 0.0/1.0 values.
 *
 * <p>{@code int(value)} truncates toward zero ({@code 15150.9 -> 15150}), exactly for every
 * finite double, however large (the lowest bits of {@code 2^70} are all zero). An absent value
 * ({@code null}) encodes as 0, i.e. all zeros. Negative and non-finite values are refused: no
 * property of SPEC §2 can be negative, and the prototype's behaviour for them is not known.
 *
 * @param bits number of encoded bits (the prototype: 39), at least 1
 */
public record BinaryEncoder(int bits) {

    /** The prototype's encoder: 39 bits. */
    public static final BinaryEncoder PROTOTYPE = new BinaryEncoder(39);

    private static final double TWO_TO_63 = 0x1p63;

    /** Validates the bit count. */
    public BinaryEncoder {
        if (bits < 1) {
            throw new IllegalArgumentException("binary encoding needs >= 1 bit, got " + bits);
        }
    }

    /**
     * Encodes a value.
     *
     * @param value finite and {@code >= 0}, or {@code null} for absent (all zeros)
     * @return a new vector of {@code bits} values in {0.0, 1.0}, most significant bit first
     */
    public double[] encode(Double value) {
        double[] out = new double[bits];
        encodeInto(value, out, 0);
        return out;
    }

    /**
     * Encodes a value into {@code out[offset .. offset + bits)}, which it overwrites; the rest of
     * {@code out} is not touched.
     *
     * @throws IllegalArgumentException if the value is negative, NaN or infinite
     */
    public void encodeInto(Double value, double[] out, int offset) {
        Objects.checkFromIndexSize(offset, bits, out.length);
        if (value == null) {
            Arrays.fill(out, offset, offset + bits, 0.0);
            return;
        }
        double v = value;
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(
                    "binary encoding needs a finite number >= 0, got " + value);
        }
        if (v < TWO_TO_63) {
            long n = (long) v;
            for (int i = 0; i < bits; i++) {
                int bit = bits - 1 - i;
                out[offset + i] = bit < 63 && ((n >>> bit) & 1L) == 1L ? 1.0 : 0.0;
            }
        } else {
            BigInteger n = new BigDecimal(v).toBigInteger();
            for (int i = 0; i < bits; i++) {
                out[offset + i] = n.testBit(bits - 1 - i) ? 1.0 : 0.0;
            }
        }
    }
}
