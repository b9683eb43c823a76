package io.bellamy.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bellamy.nn.Layer;
import org.junit.jupiter.api.Test;

/** The column layout and the detection of repeated property vectors. */
class PropertyColumnsTest {

    private static final int E = 6;

    @Test
    void repeatedVectorsShareOneUniqueColumnAndScatterBackExactly() {
        NetworkInput input = NetworkFixtures.withRepeatedVectors(
                NetworkFixtures.input(5, E, 1.0, 31));
        int[] rows = {0, 3, 2, 4};
        PropertyColumns columns = new PropertyColumns(8, E);
        double[][] xT = Layer.buffer(E, 64);
        double[][] xU = Layer.buffer(E, 64);
        int m = columns.gather(input, rows, 0, rows.length, xT, xU);
        // 4 rows x 5 essential + present optional (row 1 of the fixture has none; others 3 each)
        assertEquals(4 * 5 + 4 * 3, m);
        // essential 0 and 1 of every row are those of row 0, essential 3 of every row is
        // optional 0 of row 0, row 3 copies row 2. Distinct: those 3; essential 2 and 4 of rows
        // 0, 2 (= 3), 4 (6); optional 1, 2 of row 0 (2); optional 0..2 of rows 2 and 4 (6)
        int u = columns.uniqueColumns();
        assertEquals(3 + 6 + 2 + 6, u);
        for (int s = 0; s < m; s++) {
            int k = columns.uniqueIndex(s);
            for (int j = 0; j < E; j++) {
                assertEquals(xT[j][s], xU[j][k], 0.0, "column " + s);
            }
        }
        double[][] back = Layer.buffer(E, 64);
        columns.scatterUnique(xU, E, back);
        double[][] sums = Layer.buffer(E, 64);
        double[][] ones = Layer.buffer(E, 64);
        for (double[] row : ones) {
            java.util.Arrays.fill(row, 1.0);
        }
        columns.reduceToUnique(ones, E, sums);
        double total = 0;
        for (int k = 0; k < u; k++) {
            total += sums[0][k];
        }
        assertEquals(m, total, 0.0);
        for (int j = 0; j < E; j++) {
            assertArrayEquals(java.util.Arrays.copyOf(xT[j], m), java.util.Arrays.copyOf(back[j], m));
        }
    }
}
