package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.TrainingData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GradientBoostingPredictorTest {

    @Test
    void predictsAnUnseenContextFromOtherContextsAlone() {
        TrainingData none = RuntimePredictorContract.grep(Set.of());
        FittedRuntimeModel model = new GradientBoostingPredictor().fit(none);
        // The same model as boosting directly on the layout's rows of the other runs.
        FeatureLayout layout = FeatureLayout.of(none.otherRuns());
        double[][] x = none.otherRuns().stream().map(layout::row).toArray(double[][]::new);
        double[] y = none.otherRuns().stream().mapToDouble(RunRecord::grossRuntime).toArray();
        GradientBoostedTrees direct = GradientBoostedTrees.fit(x, y,
                GradientBoostedTrees.Settings.SCIKIT_LEARN_DEFAULTS);
        RunRecord q = RuntimePredictorContract.query(6);
        assertEquals(direct.predict(layout.row(q)), model.predict(q), 0.0);
    }

    @Test
    void learnsFromTheTargetsRunsToo() {
        RunRecord q = RuntimePredictorContract.query(4);
        double without = new GradientBoostingPredictor().fit(RuntimePredictorContract.grep(Set.of())).predict(q);
        double with = new GradientBoostingPredictor().fit(RuntimePredictorContract.grep(Set.of(2, 4, 6))).predict(q);
        assertNotEquals(without, with);
    }

    @Test
    void refusesRunsOfAnotherAlgorithm() {
        TrainingData grep = RuntimePredictorContract.grep(Set.of(2));
        RunRecord sort = new RunRecord("sort", 2, 100, "m", "", 1, "1 2", "e", "sort-spark", null, null);
        List<RunRecord> others = new ArrayList<>(grep.otherRuns());
        others.add(sort);
        TrainingData mixed = new TrainingData(grep.target(), grep.targetRuns(), others);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GradientBoostingPredictor().fit(mixed));
        assertEquals(true, e.getMessage().contains("sort"), e.getMessage());
    }

    @Test
    void fitsFourteenHundredRowsWellUnderASecond() {
        // About the largest C3O algorithm (pagerank, 1,410 runs, 8 columns); measured here at
        // about 30 ms per fit once warm. The bound leaves room for a loaded CI machine.
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < 1400; i++) {
            int n = 2 + 2 * (i % 6);
            runs.add(new RunRecord("pagerank", n, 100 + (i * 7919) % 997 / (double) n,
                    "m" + (i % 3), String.valueOf(0.001 * (1 + i % 4)), 100 + i % 47,
                    (1000 * (i % 11)) + " " + (20000 * (i % 13)), "e", "pagerank-spark", null, null));
        }
        TrainingData data = new TrainingData(runs.get(0).context(), List.of(), runs);
        new GradientBoostingPredictor().fit(data);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> new GradientBoostingPredictor().fit(data));
    }
}
