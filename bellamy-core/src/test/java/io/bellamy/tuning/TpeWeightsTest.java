package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TpeWeightsTest {

    private static final double EXACT = 0.0;
    private static final double ROUNDING = 1e-15;

    @Test
    void flatBelowTwentyFive() {
        assertArrayEquals(new double[0], TpeWeights.observationWeights(0), EXACT);
        assertArrayEquals(new double[] {1, 1, 1}, TpeWeights.observationWeights(3), EXACT);
        double[] ones = new double[24];
        Arrays.fill(ones, 1.0);
        assertArrayEquals(ones, TpeWeights.observationWeights(24), EXACT);
        double[] twentyFive = new double[25];
        Arrays.fill(twentyFive, 1.0);
        assertArrayEquals(twentyFive, TpeWeights.observationWeights(25), EXACT);
    }

    @Test
    void rampForTheOldestBeyondTwentyFive() {
        // optuna 5.0 default_weights(27): linspace(1/27, 1, 2) = [1/27, 1], then 25 ones
        double[] w27 = TpeWeights.observationWeights(27);
        assertEquals(27, w27.length);
        assertEquals(1.0 / 27, w27[0], EXACT);
        assertEquals(1.0, w27[1], EXACT);
        // default_weights(30): linspace(1/30, 1, 5) = 1/30 + i * (29/30) / 4
        double[] w30 = TpeWeights.observationWeights(30);
        assertArrayEquals(new double[] {0.03333333333333333, 0.275, 0.5166666666666667,
            0.7583333333333333, 1.0}, Arrays.copyOf(w30, 5), ROUNDING);
        for (int i = 5; i < 30; i++) {
            assertEquals(1.0, w30[i], EXACT);
        }
        // default_weights(26): a ramp of one point is [1/26]
        assertEquals(1.0 / 26, TpeWeights.observationWeights(26)[0], EXACT);
    }

    @Test
    void mixtureAppendsThePriorAndNormalises() {
        assertArrayEquals(new double[] {1.0}, TpeWeights.mixture(0, 1.0), EXACT);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, TpeWeights.mixture(3, 1.0),
                EXACT);
        // two observations and prior weight 2: [1, 1, 2] / 4
        assertArrayEquals(new double[] {0.25, 0.25, 0.5}, TpeWeights.mixture(2, 2.0), EXACT);
    }
}
