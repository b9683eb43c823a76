package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TpeSplitTest {

    @Test
    void nBelowIsOptunaDefaultGamma() {
        // expected values printed by optuna 5.0 default_gamma
        int[][] table = {{0, 0}, {1, 1}, {9, 1}, {10, 1}, {11, 2}, {20, 2}, {29, 3}, {30, 3}, {31, 4},
            {100, 10}, {249, 25}, {250, 25}, {251, 25}, {1000, 25}};
        for (int[] row : table) {
            assertEquals(row[1], TpeSplit.nBelow(row[0]), "gamma(" + row[0] + ")");
        }
    }

    @Test
    void nBelowRejectsNegativeCounts() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TpeSplit.nBelow(-1));
        assertEquals("number of observations must be >= 0, got -1", e.getMessage());
    }

    @Test
    void splitTakesTheBestByValueStablyAndReturnsTrialOrder() {
        // 11 observations -> 2 below; values 0.5 tie between trials 3 and 7: the earlier wins
        double[] values = {4, 3, 9, 0.5, 8, 7, 6, 0.5, 5, 2, 1};
        List<FinishedTrial> trials = new java.util.ArrayList<>();
        for (int i = values.length - 1; i >= 0; i--) {
            trials.add(trial(i, values[i]));
        }
        TpeSplit.Split split = TpeSplit.split(trials);
        assertEquals(List.of(3, 7), numbers(split.below()));
        assertEquals(List.of(0, 1, 2, 4, 5, 6, 8, 9, 10), numbers(split.above()));
    }

    @Test
    void splitOfThreeObservationsPutsOneBelow() {
        TpeSplit.Split split = TpeSplit.split(List.of(trial(0, 2.0), trial(1, 1.0), trial(2, 3.0)));
        assertEquals(List.of(1), numbers(split.below()));
        assertEquals(List.of(0, 2), numbers(split.above()));
    }

    private static FinishedTrial trial(int number, double value) {
        return new FinishedTrial(number, new TrialParams(Map.of("x", 1)), TrialStatus.COMPLETED,
                value);
    }

    private static List<Integer> numbers(List<FinishedTrial> trials) {
        return trials.stream().map(FinishedTrial::number).toList();
    }
}
