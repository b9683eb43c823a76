package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalLinearRegressionTest {

    private static final double EXACT = 1e-9;

    private static List<RunRecord> line(double intercept, double slope, int... scaleOuts) {
        List<RunRecord> runs = new ArrayList<>();
        for (int n : scaleOuts) {
            runs.add(Runs.run(n, intercept + slope * n));
        }
        return runs;
    }

    @Test
    void reproducesALineForEveryBandwidth() {
        List<RunRecord> runs = line(200, -10, 2, 4, 6, 8, 10, 12);
        for (double h : new double[] {1, 3, 50, 100}) {
            LocalLinearRegression llr = LocalLinearRegression.fit(runs, h);
            for (int n = 1; n <= 16; n++) {
                assertEquals(200 - 10.0 * n, llr.predictAt(n), EXACT, "h=" + h + " n=" + n);
            }
        }
    }

    @Test
    void extrapolatesFarAwayWhereRawWeightsUnderflow() {
        // At n0 = 200 with h = 1 every raw weight exp(-(n - 200)^2 / 2) is 0 in double
        // precision; scaled weights keep the two nearest scale-outs and the line.
        LocalLinearRegression llr = LocalLinearRegression.fit(line(200, -10, 2, 4, 6, 8, 10, 12), 1);
        assertEquals(200 - 10.0 * 200, llr.predictAt(200), 1e-6);
    }

    @Test
    void weightsNearbyRunsMore() {
        // Runtimes 10 at n=2 (twice), 20 at n=4, 60 at n=6: at n0 = 4 with h = 1 the weights are
        // e^-2, e^-2, 1, e^-2; the weighted line through them has intercept
        // (sum w y - slope * sum w d) / sum w with d = n - 4.
        List<RunRecord> runs = List.of(Runs.run(2, 10), Runs.run(2, 10), Runs.run(4, 20), Runs.run(6, 60));
        double e = Math.exp(-2);
        double[] w = {e, e, 1, e};
        double[] d = {-2, -2, 0, 2};
        double[] y = {10, 10, 20, 60};
        double s0 = 0;
        double sd = 0;
        double sdd = 0;
        double sy = 0;
        double sdy = 0;
        for (int i = 0; i < 4; i++) {
            s0 += w[i];
            sd += w[i] * d[i];
            sdd += w[i] * d[i] * d[i];
            sy += w[i] * y[i];
            sdy += w[i] * d[i] * y[i];
        }
        double intercept = (sdd * sy - sd * sdy) / (s0 * sdd - sd * sd);
        assertEquals(intercept, LocalLinearRegression.fit(runs, 1).predictAt(4), EXACT);
    }

    @Test
    void oneScaleOutGivesItsMean() {
        LocalLinearRegression llr = LocalLinearRegression.fit(
                List.of(Runs.run(4, 10), Runs.run(4, 14)), 2);
        assertEquals(12, llr.predictAt(1), EXACT);
        assertEquals(12, llr.predictAt(40), EXACT);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> LocalLinearRegression.fit(List.of(), 1));
        assertThrows(IllegalArgumentException.class,
                () -> LocalLinearRegression.fit(List.of(Runs.run(2, 1)), 0));
        assertThrows(IllegalArgumentException.class,
                () -> LocalLinearRegression.fit(List.of(Runs.run(2, 1)), Double.NaN));
    }
}
