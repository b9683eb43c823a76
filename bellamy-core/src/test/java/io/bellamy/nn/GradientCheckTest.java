package io.bellamy.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The checker itself: it accepts a right gradient and rejects one off by 1e-5 relative. */
class GradientCheckTest {

    private static double cubeSum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v * v + Math.sin(v);
        }
        return s;
    }

    @Test
    void acceptsTheRightGradientAndRejectsASlightlyWrongOne() {
        double[] x = {0.3, -1.7, 2.2, 0.01};
        double[] right = new double[x.length];
        double[] wrong = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            right[i] = 3 * x[i] * x[i] + Math.cos(x[i]);
            wrong[i] = right[i];
        }
        wrong[2] *= 1 + 1e-5;
        double worst = GradientCheck.check("right", x, GradientCheck.range(0, 4), right,
                () -> cubeSum(x));
        assertTrue(worst < 1e-9, "fourth-order differences are accurate: " + worst);
        assertThrows(AssertionFailedError.class, () -> GradientCheck.check("wrong", x,
                GradientCheck.range(0, 4), wrong, () -> cubeSum(x)));
    }
}
