package io.bellamy.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout validation, row selection and concatenation of encoded batches. */
class EncodedBatchTest {

    /** A batch of {@code size} rows of width {@code w} whose every value names its row: row r holds r + 0.5. */
    private static EncodedBatch rows(int size, int w, int firstRow) {
        double[] so = new double[size * 3];
        double[] es = new double[size * 5 * w];
        double[] op = new double[size * 3 * w];
        double[] mask = new double[size * 3];
        double[] y = new double[size];
        int[] raw = new int[size];
        for (int r = 0; r < size; r++) {
            double v = firstRow + r + 0.5;
            Arrays.fill(so, r * 3, r * 3 + 3, v);
            Arrays.fill(es, r * 5 * w, (r + 1) * 5 * w, v);
            Arrays.fill(op, r * 3 * w, (r + 1) * 3 * w, v);
            Arrays.fill(mask, r * 3, r * 3 + 3, v);
            y[r] = v;
            raw[r] = firstRow + r;
        }
        return new EncodedBatch(size, so, es, op, mask, y, raw);
    }

    @Test
    void selectTakesRowsInTheGivenOrder() {
        EncodedBatch b = rows(4, 2, 0);
        EncodedBatch s = b.select(3, 1, 3);
        assertEquals(3, s.size());
        assertEquals(2, s.propertyWidth());
        assertArrayEquals(new int[] {3, 1, 3}, s.scaleOuts());
        assertArrayEquals(new double[] {3.5, 1.5, 3.5}, s.target(), 0.0);
        assertEquals(1.5, s.essential()[5 * 2], 0.0);
        assertEquals(1.5, s.essential()[2 * 5 * 2 - 1], 0.0);
        assertEquals(3.5, s.optional()[2 * 3 * 2], 0.0);
        assertEquals(1.5, s.optionalMask()[3], 0.0);
        assertEquals(3.5, s.scaleOut()[8], 0.0);
        assertEquals(0, b.select().size());
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> b.select(0, 4));
        assertTrue(e.getMessage().contains("row 4 at position 1"), e.getMessage());
    }

    @Test
    void concatAppendsRowsAndSkipsEmptyBatches() {
        EncodedBatch all = rows(5, 2, 0);
        EncodedBatch joined = EncodedBatch.concat(rows(2, 2, 0), rows(0, 0, 0), rows(3, 2, 2));
        assertEquals(all, joined);
        assertEquals(all.hashCode(), joined.hashCode());
        assertEquals(all, EncodedBatch.concat(all.select(0, 1), all.select(2, 3, 4)));
        assertEquals(0, EncodedBatch.concat(List.of()).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EncodedBatch.concat(rows(1, 2, 0), rows(1, 3, 0)));
        assertTrue(e.getMessage().contains("property width 2 and 3"), e.getMessage());
    }

    @Test
    void equalityComparesContentsIncludingNaNTargets() {
        EncodedBatch a = rows(2, 2, 0);
        EncodedBatch b = rows(2, 2, 0);
        a.target()[1] = Double.NaN;
        b.target()[1] = Double.NaN;
        assertEquals(a, b);
        b.essential()[0] = 9;
        assertNotEquals(a, b);
    }

    @Test
    void layoutIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EncodedBatch(1, new double[3], new double[10], new double[5], new double[3],
                        new double[1], new int[1]));
        assertTrue(e.getMessage().contains("optional must have 6 values, got 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new EncodedBatch(1, new double[3], new double[7], new double[3], new double[3],
                        new double[1], new int[1]));
        assertTrue(e.getMessage().contains("essential must have 1 x 5 x width values, got 7"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new EncodedBatch(2, new double[3], new double[0], new double[0], new double[6],
                        new double[2], new int[2]));
        assertTrue(e.getMessage().contains("scaleOut must have 6 values, got 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EncodedBatch(-1, new double[0],
                new double[0], new double[0], new double[0], new double[0], new int[0]));
    }
}
