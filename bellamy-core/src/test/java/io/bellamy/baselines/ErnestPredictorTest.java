package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErnestPredictorTest {

    private static final double[] THETA = {5, 0.02, 3, 0.5};
    private static final double RECOVERY = 1e-6;

    private static double ernest(int n) {
        return THETA[0] + THETA[1] * Runs.SIZE_MB / n + THETA[2] * Math.log(n) + THETA[3] * n;
    }

    @Test
    void recoversExactErnestCoefficientsAndExtrapolates() {
        List<RunRecord> runs = new ArrayList<>();
        for (int n : new int[] {2, 4, 6, 8}) {
            for (int rep = 0; rep < 3; rep++) {
                runs.add(Runs.run(n, ernest(n)));
            }
        }
        assertArrayEquals(THETA, ErnestModel.fit(runs).coefficients(), RECOVERY);
        FittedRuntimeModel model = new ErnestPredictor().fit(Runs.target(runs));
        for (int n : new int[] {1, 3, 10, 12, 40}) {
            assertEquals(ernest(n), model.predict(Runs.query(n)), RECOVERY * ernest(n), "n=" + n);
        }
    }

    @Test
    void oneScaleOutScalesWithTheLargestFeature() {
        // Every row is [1, size/4, ln 4, 4]: NNLS puts the mean runtime on size/n alone, so the
        // prediction is inversely proportional to the scale-out.
        List<RunRecord> runs = List.of(Runs.run(4, 90), Runs.run(4, 100), Runs.run(4, 110));
        FittedRuntimeModel model = new ErnestPredictor().fit(Runs.target(runs));
        assertEquals(100.0, model.predict(Runs.query(4)), 1e-9);
        assertEquals(200.0, model.predict(Runs.query(2)), 1e-9);
        assertEquals(100.0 * 4 / 12, model.predict(Runs.query(12)), 1e-9);
    }

    @Test
    void usesTheQuerysDataSize() {
        List<RunRecord> runs = List.of(Runs.run(4, 100), Runs.run(8, 60));
        FittedRuntimeModel model = new ErnestPredictor().fit(Runs.target(runs));
        RunRecord q = Runs.query(4);
        RunRecord bigger = new RunRecord(q.algorithm(), 4, 1, q.machineType(), q.jobArgs(),
                2 * q.dataSizeMB(), q.dataCharacteristics(), q.environment(), q.jobType(), q.memory(),
                q.slots());
        double[] theta = ErnestModel.fit(runs).coefficients();
        assertEquals(theta[1] * Runs.SIZE_MB / 4, model.predict(bigger) - model.predict(q), 1e-9);
    }
}
