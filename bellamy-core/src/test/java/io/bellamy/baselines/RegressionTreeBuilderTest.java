package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegressionTreeBuilderTest {

    private static RegressionTree tree(int depth, double[][] x, double[] y) {
        return new RegressionTreeBuilder(depth, 2, 1).build(x, y, RegressionTreeBuilder.sortedOrder(x));
    }

    @Test
    void findsTheKnownBestSplitAtTheMidpoint() {
        // Column 0 separates {0, 0} from {10, 10} perfectly between 2 and 3; column 1 cannot.
        double[][] x = {{1, 5}, {2, 3}, {3, 4}, {4, 1}};
        double[] y = {0, 0, 10, 10};
        RegressionTree t = tree(1, x, y);
        assertEquals(0, t.rootFeature());
        assertEquals(2.5, t.rootThreshold(), 0.0);
        assertEquals(3, t.nodeCount());
        assertEquals(0, t.predict(new double[] {2.5, 0}), 0.0);
        assertEquals(10, t.predict(new double[] {2.6, 0}), 0.0);
    }

    @Test
    void maximisesFriedmansProxyNotJustPurity() {
        // Splits of y = {0, 1, 2, 12} on x = 1..4, proxy (n_R S_L - n_L S_R)^2 / (n_L n_R):
        // after 1: (3*0 - 1*15)^2 / 3 = 75; after 2: (2*1 - 2*14)^2 / 4 = 169;
        // after 3: (1*3 - 3*12)^2 / 3 = 363, the best -> threshold 3.5.
        double[][] x = {{1}, {2}, {3}, {4}};
        RegressionTree t = tree(1, x, new double[] {0, 1, 2, 12});
        assertEquals(3.5, t.rootThreshold(), 0.0);
        assertEquals(1.0, t.predict(new double[] {3}), 1e-15);
        assertEquals(12.0, t.predict(new double[] {4}), 0.0);
    }

    @Test
    void tiesBetweenColumnsGoToTheLowestIndex() {
        double[][] x = {{1, 10}, {2, 20}, {3, 30}, {4, 40}};
        RegressionTree t = tree(1, x, new double[] {0, 0, 5, 5});
        assertEquals(0, t.rootFeature());
        assertEquals(2.5, t.rootThreshold(), 0.0);
    }

    @Test
    void valuesWithinTheFeatureThresholdAreOneValue() {
        // 1 and 1 + 5e-8 are one value for the splitter, so the only split is between them and 2.
        double[][] x = {{1}, {1 + 5e-8}, {2}};
        RegressionTree t = tree(1, x, new double[] {0, 10, 10});
        assertEquals((1 + 5e-8) / 2 + 1.0, t.rootThreshold(), 0.0);
        assertEquals(5, t.predict(new double[] {1}), 0.0);
    }

    @Test
    void fitsDepthThreePiecewiseConstantExactly() {
        double[][] x = new double[16][];
        double[] y = new double[16];
        for (int i = 0; i < 16; i++) {
            x[i] = new double[] {i};
            y[i] = (i / 2) * 3.0;  // eight steps of two rows each: exactly representable at depth 3
        }
        RegressionTree t = tree(3, x, y);
        for (int i = 0; i < 16; i++) {
            assertEquals(y[i], t.predict(x[i]), 0.0, "row " + i);
        }
        assertEquals(15, t.nodeCount());
    }

    @Test
    void leavesForConstantTargetsOrColumns() {
        assertEquals(1, tree(3, new double[][] {{1}, {2}, {3}}, new double[] {4, 4, 4}).nodeCount());
        RegressionTree constantColumn = tree(3, new double[][] {{7}, {7}, {7}}, new double[] {1, 2, 6});
        assertEquals(1, constantColumn.nodeCount());
        assertEquals(3, constantColumn.predict(new double[] {0}), 1e-15);
        assertEquals(1, tree(3, new double[][] {{1}}, new double[] {4}).nodeCount());
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new RegressionTreeBuilder(0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new RegressionTreeBuilder(3, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new RegressionTreeBuilder(3, 2, 0));
    }
}
