package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AdamTest {

    private static Parameters twoGroups() {
        Parameters.Builder b = Parameters.builder();
        b.add("a", 2);
        b.add("b", 1);
        Parameters p = b.build();
        p.values()[0] = 1.0;
        p.values()[1] = -2.0;
        p.values()[2] = 0.5;
        return p;
    }

    @Test
    void firstStepMovesByTheLearningRateTimesTheSignWithDecayInTheGradient() {
        // step 1: m = (1-b1) g, v = (1-b2) g^2, so the update is lr * g / (|g| + eps)
        Parameters p = twoGroups();
        Adam adam = new Adam(p, AdamConfig.withWeightDecay(0.1));
        p.gradients()[0] = 0.5;
        p.gradients()[1] = 0.0;
        p.gradients()[2] = -3.0;
        adam.step(0.01);
        double g0 = 0.5 + 0.1 * 1.0;
        double g1 = 0.0 + 0.1 * -2.0;
        double g2 = -3.0 + 0.1 * 0.5;
        assertEquals(1.0 - 0.01 * g0 / (Math.abs(g0) + 1e-8), p.values()[0], 1e-15);
        assertEquals(-2.0 - 0.01 * g1 / (Math.abs(g1) + 1e-8), p.values()[1], 1e-15);
        assertEquals(0.5 - 0.01 * g2 / (Math.abs(g2) + 1e-8), p.values()[2], 1e-15);
    }

    @Test
    void threeStepsMatchAHandComputedReference() {
        double lr = 0.05;
        double wd = 0.01;
        double[][] gradients = {{0.3, -1.2, 2.0}, {0.1, 0.4, -0.5}, {-0.7, 0.0, 0.9}};
        Parameters p = twoGroups();
        Adam adam = new Adam(p, AdamConfig.withWeightDecay(wd));
        double[] w = p.copyValues();
        double[] m = new double[3];
        double[] v = new double[3];
        for (int t = 1; t <= 3; t++) {
            System.arraycopy(gradients[t - 1], 0, p.gradients(), 0, 3);
            adam.step(lr);
            for (int i = 0; i < 3; i++) {
                double g = gradients[t - 1][i] + wd * w[i];
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                // PyTorch puts eps outside the bias-corrected sqrt: sqrt(v)/sqrt(bc2) + eps
                w[i] -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
            }
            assertArrayEquals(w, p.values(), 1e-14, "after step " + t);
        }
        assertEquals(3, adam.stepCount("a"));
        assertEquals(3, adam.stepCount("b"));
    }

    @Test
    void frozenGroupsAreUntouchedAndTheirStateDoesNotAdvance() {
        Parameters p = twoGroups();
        Adam adam = new Adam(p, AdamConfig.withWeightDecay(0.5));
        p.setFrozen("b", true);
        p.gradients()[0] = 1;
        p.gradients()[1] = 1;
        p.gradients()[2] = 1;
        adam.step(0.1);
        adam.step(0.1);
        assertEquals(0.5, p.values()[2], 0.0);
        assertEquals(2, adam.stepCount("a"));
        assertEquals(0, adam.stepCount("b"));
        // unfrozen later, its first step is a first step: lr * g / (|g| + eps)
        p.setFrozen("b", false);
        adam.step(0.1);
        double g = 1 + 0.5 * 0.5;
        assertEquals(0.5 - 0.1 * g / (g + 1e-8), p.values()[2], 1e-15);
        assertEquals(1, adam.stepCount("b"));
    }

    @Test
    void resetForgetsTheMoments() {
        Parameters p = twoGroups();
        Adam adam = new Adam(p, AdamConfig.DEFAULT);
        p.gradients()[0] = 2;
        adam.step(0.1);
        adam.reset();
        assertEquals(0, adam.stepCount("a"));
        double before = p.values()[0];
        adam.step(0.1);
        assertEquals(before - 0.1 * 2 / (2 + 1e-8), p.values()[0], 1e-15);
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new AdamConfig(1.0, 0.9, 1e-8, 0));
        assertThrows(IllegalArgumentException.class, () -> new AdamConfig(0.9, 0.9, -1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdamConfig.withWeightDecay(-0.1));
        assertEquals("Adam weight decay must be finite and >= 0, got -0.1", e.getMessage());
        Adam adam = new Adam(twoGroups(), AdamConfig.DEFAULT);
        assertThrows(IllegalArgumentException.class, () -> adam.step(Double.NaN));
    }
}
