package io.bellamy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.nn.Layer;
import org.junit.jupiter.api.Test;

/** Which columns the decoder's output layer computes once, and copying results back. */
class DecoderColumnsTest {

    private static final int E = 6;

    private final NetworkInput input = NetworkFixtures.withRepeatedVectors(
            NetworkFixtures.input(5, E, 1.0, 31));
    private final int[] rows = {0, 3, 2, 4};
    private final PropertyColumns layout = new PropertyColumns(8, E);
    private final int m = layout.gather(input, rows, 0, rows.length, Layer.buffer(E, 64),
            Layer.buffer(E, 64));

    @Test
    void withoutDropoutEqualVectorsOfOneKindShareADistinctColumn() {
        DecoderColumns d = new DecoderColumns(64);
        int width = d.group(layout, false);

        assertTrue(d.shared());
        int ess = layout.essentialColumns();
        // essential 3 of every row equals optional 0 of row 0, but kinds stay apart
        assertEquals(layout.uniqueColumns() + 1, width);
        assertTrue(d.essentialWidth() < width);
        double[][] full = Layer.buffer(1, 64);
        for (int s = 0; s < m; s++) {
            full[0][s] = 10 * layout.uniqueIndex(s) + (s < ess ? 0 : 1);
        }
        double[][] distinct = Layer.buffer(1, 64);
        d.gather(full, 1, distinct);
        double[][] back = Layer.buffer(1, 64);
        d.scatter(distinct, 1, back);
        for (int s = 0; s < m; s++) {
            assertEquals(full[0][s], back[0][s], 0.0, "column " + s);
            assertEquals(s < ess, distinct[0][indexOf(distinct[0], width, full[0][s])] % 10 == 0);
        }
        for (int k = 0; k < d.essentialWidth(); k++) {
            assertEquals(0.0, distinct[0][k] % 10, 0.0, "essential first");
        }
        double[][] sampleRows = new double[64][];
        for (int k = 0; k < width; k++) {
            sampleRows[k] = new double[] {distinct[0][k]};
        }
        double[][] view = d.rowsPerColumn(sampleRows, new double[64][]);
        for (int s = 0; s < m; s++) {
            assertEquals(full[0][s], view[s][0], 0.0);
        }
        assertSame(view[0], view[1]);  // essential 0 of row 3 is that of row 0
    }

    @Test
    void withDropoutEveryColumnIsDistinct() {
        DecoderColumns d = new DecoderColumns(64);

        assertEquals(m, d.group(layout, true));
        assertFalse(d.shared());
        assertEquals(layout.essentialColumns(), d.essentialWidth());
        double[][] perUnique = Layer.buffer(1, 64);
        for (int k = 0; k < layout.uniqueColumns(); k++) {
            perUnique[0][k] = k + 0.5;
        }
        double[][] x = Layer.buffer(1, 64);
        d.gatherVectors(perUnique, 1, x);
        for (int s = 0; s < m; s++) {
            assertEquals(layout.uniqueIndex(s) + 0.5, x[0][s], 0.0);
        }
    }

    private static int indexOf(double[] values, int n, double v) {
        for (int i = 0; i < n; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        throw new AssertionError(v + " not found");
    }
}
