package io.bellamy.features;

import static io.bellamy.features.TestVectors.TOLERANCE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The binary number encoding: parity with {@code shared/testvectors/binary_encoding.json} and edge cases. */
class BinaryEncoderTest {

    /** Inputs are JSON numbers, or {@code ""} for an absent value (passed as null). */
    static Stream<Arguments> cases() {
        return TestVectors.cases("binary_encoding.json", "cases").stream()
                .map(c -> Arguments.of(value(c.get("input")), TestVectors.doubles(c.get("bits"))));
    }

    private static Double value(JsonNode input) {
        if (input.isTextual() && input.asText().isEmpty()) {
            return null;
        }
        if (!input.isNumber()) {
            throw new IllegalStateException("unexpected test vector input " + input);
        }
        return input.asDouble();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void matchesThePrototype(Double value, double[] bits) {
        assertEquals(39, bits.length);
        assertArrayEquals(bits, BinaryEncoder.PROTOTYPE.encode(value), TOLERANCE);
    }

    @Test
    void truncatesTowardZero() {
        assertArrayEquals(BinaryEncoder.PROTOTYPE.encode(15150.0),
                BinaryEncoder.PROTOTYPE.encode(15150.999), 0.0);
        assertArrayEquals(new double[] {0, 0, 0}, new BinaryEncoder(3).encode(0.999), 0.0);
    }

    @Test
    void keepsTheLowestBitsOfValuesBeyondLongRange() {
        BinaryEncoder three = new BinaryEncoder(3);
        assertArrayEquals(new double[] {1, 0, 1}, three.encode(13.0), 0.0);
        // 2^63 + 2^12 is exact in double; its lowest bits below bit 12 are zero
        double[] bits = new BinaryEncoder(13).encode(0x1p63 + 0x1p12);
        double[] expected = new double[13];
        expected[0] = 1.0;
        assertArrayEquals(expected, bits, 0.0);
        assertArrayEquals(new double[39], BinaryEncoder.PROTOTYPE.encode(0x1p70), 0.0);
        // more bits than a long holds: bit 63 of 2^63 is set
        double[] wide = new BinaryEncoder(64).encode(0x1p63);
        assertEquals(1.0, wide[0]);
        assertEquals(0.0, wide[63]);
        double[] below = new BinaryEncoder(64).encode(5.0);
        assertEquals(0.0, below[0]);
        assertEquals(1.0, below[63]);
        assertEquals(1.0, below[61]);
    }

    @Test
    void refusesNegativeAndNonFiniteValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BinaryEncoder.PROTOTYPE.encode(-1.0));
        assertTrue(e.getMessage().contains("got -1.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BinaryEncoder.PROTOTYPE.encode(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> BinaryEncoder.PROTOTYPE.encode(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new BinaryEncoder(0));
    }

    @Test
    void writesOnlyItsOwnSlice() {
        double[] out = {7, 7, 7, 7, 7};
        new BinaryEncoder(3).encodeInto(6.0, out, 1);
        assertArrayEquals(new double[] {7, 1, 1, 0, 7}, out, 0.0);
        new BinaryEncoder(3).encodeInto(null, out, 1);
        assertArrayEquals(new double[] {7, 0, 0, 0, 7}, out, 0.0);
    }
}
