package io.bellamy.adaptation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The global model's curve between the scale-outs it was trained on: a tree ensemble is a step
 * function there, so the curve interpolates log-log between its values at the knots.
 */
class PriorModelsTest {

    private static final double EXACT = 1e-12;

    @Test
    void betweenKnotsTheCurveIsTheLogLogInterpolationOfTheKnotValues() {
        // a step function: 400 up to 3, 200 up to 6, 100 above (what a tree would predict)
        IntToDoubleFunction steps = n -> n <= 3 ? 400 : n <= 6 ? 200 : 100;
        IntToDoubleFunction curve = PriorModels.between(steps, new int[] {2, 4, 8});
        assertEquals(400, curve.applyAsDouble(2), EXACT);
        assertEquals(200, curve.applyAsDouble(4), EXACT);
        assertEquals(100, curve.applyAsDouble(8), EXACT);
        // 400 * (3/2)^(ln(200/400) / ln(4/2)) = 400 * (3/2)^-1 = 266.67, not the step's 400
        assertEquals(400 * 2.0 / 3, curve.applyAsDouble(3), EXACT);
        assertEquals(200 * 4.0 / 6, curve.applyAsDouble(6), EXACT);
        assertEquals(400, curve.applyAsDouble(1), EXACT, "below the knots: the first knot");
        assertEquals(100, curve.applyAsDouble(12), EXACT, "above: the last knot");
    }

    @Test
    void aNonPositiveKnotValueInterpolatesLinearly() {
        IntToDoubleFunction curve = PriorModels.between(n -> n == 2 ? 10 : -10, new int[] {2, 4});
        assertEquals(0, curve.applyAsDouble(3), EXACT);
    }

    @Test
    void theGlobalCurveUsesTheKnotsAndKnotsMustAscend() {
        PriorModels models = new PriorModels(q -> 50, q -> q.instanceCount() <= 3 ? 400 : 200, 2,
                4, 100, new int[] {2, 4});
        PriorCurve global = models.globalCurve(Fixtures.run(2, 1));
        assertEquals(400 * 2.0 / 3, global.runtime(3), EXACT);
        assertThrows(IllegalArgumentException.class,
                () -> new PriorModels(q -> 1, null, 2, 4, 1, new int[] {4, 2}));
    }
}
