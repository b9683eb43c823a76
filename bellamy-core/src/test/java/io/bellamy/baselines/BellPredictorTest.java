package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BellPredictorTest {

    private static final double EXACT = 1e-9;
    private static final int ERNEST = BellModelSelection.MAX_BANDWIDTH;

    private static List<RunRecord> runs(java.util.function.IntToDoubleFunction runtime, int... scaleOuts) {
        List<RunRecord> runs = new ArrayList<>();
        for (int n : scaleOuts) {
            for (int rep = 0; rep < 3; rep++) {
                runs.add(Runs.run(n, runtime.applyAsDouble(n) * (1 + 0.01 * (rep - 1))));
            }
        }
        return runs;
    }

    @Test
    void fiveOrFewerScaleOutsIsErnest() {
        List<RunRecord> runs = runs(n -> 300.0 / n + 7 * n, 2, 4, 6, 8, 12);
        FittedRuntimeModel bell = new BellPredictor().fit(Runs.target(runs));
        FittedRuntimeModel ernest = new ErnestPredictor().fit(Runs.target(runs));
        for (int n = 1; n <= 20; n++) {
            assertEquals(ernest.predict(Runs.query(n)), bell.predict(Runs.query(n)), 0.0, "n=" + n);
        }
    }

    @Test
    void exactLineWithSixScaleOutsIsReproducedByTheKernelModel() {
        List<RunRecord> line = new ArrayList<>();
        for (int n = 2; n <= 12; n += 2) {
            line.add(Runs.run(n, 200 - 10.0 * n));
            line.add(Runs.run(n, 200 - 10.0 * n));
        }
        // Every bandwidth predicts held-out points of a line exactly: a tie, won by h = 1.
        assertEquals(0, BellModelSelection.choose(line, BellModelSelection.candidates()));
        FittedRuntimeModel bell = new BellPredictor().fit(Runs.target(line));
        for (int n = 1; n <= 14; n++) {
            assertEquals(200 - 10.0 * n, bell.predict(Runs.query(n)), EXACT, "n=" + n);
        }
    }

    @Test
    void exactErnestCurveWithSixScaleOutsChoosesErnest() {
        java.util.function.IntToDoubleFunction curve =
                n -> 5 + 0.02 * Runs.SIZE_MB / n + 3 * Math.log(n) + 0.5 * n;
        List<RunRecord> runs = new ArrayList<>();
        for (int n = 2; n <= 12; n += 2) {
            runs.add(Runs.run(n, curve.applyAsDouble(n)));
        }
        assertEquals(ERNEST, BellModelSelection.choose(runs, BellModelSelection.candidates()));
        FittedRuntimeModel bell = new BellPredictor().fit(Runs.target(runs));
        for (int n = 1; n <= 30; n++) {
            assertEquals(curve.applyAsDouble(n), bell.predict(Runs.query(n)), 1e-6, "n=" + n);
        }
    }

    @Test
    void crossValidationScoreIsTheMeanHeldOutRelativeError() {
        // Held out 4: a line through (2, 10) and (6, 30) predicts 20, actual 25 -> 0.2.
        List<RunRecord> runs = List.of(Runs.run(2, 10), Runs.run(4, 25), Runs.run(6, 30));
        assertEquals(List.of(4), BellModelSelection.innerScaleOuts(runs));
        double score = BellModelSelection.score(runs, List.of(4), BellModelSelection.candidates().get(9));
        assertEquals(0.2, score, EXACT);
    }

    @Test
    void alwaysCrossValidatedVariantValidatesFromThreeScaleOuts() {
        List<RunRecord> line = new ArrayList<>();
        for (int n : new int[] {2, 6, 12}) {
            line.add(Runs.run(n, 200 - 10.0 * n));
        }
        BellPredictor cv = BellPredictor.alwaysCrossValidated();
        assertEquals(BellPredictor.ALWAYS_CV_NAME, cv.name());
        FittedRuntimeModel model = cv.fit(Runs.target(line));
        assertEquals(200 - 10.0 * 9, model.predict(Runs.query(9)), EXACT);
        List<RunRecord> two = List.of(Runs.run(2, 50), Runs.run(6, 30));
        assertEquals(new ErnestPredictor().fit(Runs.target(two)).predict(Runs.query(4)),
                cv.fit(Runs.target(two)).predict(Runs.query(4)), 0.0);
    }
}
