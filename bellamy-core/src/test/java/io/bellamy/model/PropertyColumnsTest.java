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
        double[][] expected = columnVectors(input, rows);
        for (int s = 0; s < m; s++) {
            int k = columns.uniqueIndex(s);
            for (int j = 0; j < E; j++) {
                assertEquals(expected[j][s], xU[j][k], 0.0, "column " + s);
            }
        }
        // with repeats only the distinct vectors are gathered; scattering them gives every column
        for (double[] row : xT) {
            for (double v : row) {
                assertEquals(0.0, v, 0.0, "xT untouched");
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
            assertArrayEquals(java.util.Arrays.copyOf(expected[j], m),
                    java.util.Arrays.copyOf(back[j], m));
        }
        // reduceToUnique adds each unique column's columns in column order
        double[][] values = Layer.buffer(E, 64);
        for (int s = 0; s < m; s++) {
            values[0][s] = 1.0 / (s + 3);
        }
        columns.reduceToUnique(values, E, sums);
        for (int k = 0; k < u; k++) {
            double sum = 0.0;
            for (int s = 0; s < m; s++) {
                if (columns.uniqueIndex(s) == k) {
                    sum += values[0][s];
                }
            }
            assertEquals(sum, sums[0][k], 0.0, "unique column " + k);
        }
    }

    /** The vector of every column, feature-major, by the documented layout. */
    private static double[][] columnVectors(NetworkInput input, int[] rows) {
        double[][] x = Layer.buffer(E, 64);
        int n = rows.length;
        int s = 0;
        for (int p = 0; p < 5; p++) {
            for (int r = 0; r < n; r++, s++) {
                for (int j = 0; j < E; j++) {
                    x[j][s] = input.essential()[(rows[r] * 5 + p) * E + j];
                }
            }
        }
        for (int r = 0; r < n; r++) {
            for (int p = 0; p < 3; p++) {
                if (input.optionalMask()[rows[r] * 3 + p] != 0.0) {
                    for (int j = 0; j < E; j++) {
                        x[j][s] = input.optional()[(rows[r] * 3 + p) * E + j];
                    }
                    s++;
                }
            }
        }
        return x;
    }
}
