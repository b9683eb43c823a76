package io.bellamy.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.TrainingData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FittedGradientBoostingTest {

    /** A run in an environment and on a machine type the C3O runs do not have. */
    private static final RunRecord UNSEEN = new RunRecord("grep", 7, 1, "m5.large", "computer 3",
            20000, "120 5 0.25", "private cloud", "grep-spark", null, null);

    @Test
    void readBackPredictsBitIdenticallyOnEveryC3oGrepRun() {
        List<RunRecord> runs = C3oGrepFixture.all();
        FittedGradientBoosting fitted = new GradientBoostingPredictor().fit(
                new TrainingData(runs.get(0).context(), List.of(), runs));
        byte[] bytes = fitted.toBytes();
        FittedGradientBoosting read = FittedGradientBoosting.fromBytes(bytes);
        List<RunRecord> queries = new ArrayList<>(runs);
        queries.add(UNSEEN);
        for (RunRecord q : queries) {
            assertEquals(fitted.predict(q), read.predict(q), 0.0, q.toString());
        }
        assertArrayEquals(bytes, read.toBytes(), "the form written again is the same");
    }

    @Test
    void readsLayoutsOfSeveralEnvironmentsAndMachineTypes() {
        List<RunRecord> runs = List.of(
                new RunRecord("grep", 2, 100, "a", "1 2", 10, "", "env1", "", null, null),
                new RunRecord("grep", 4, 60, "b", "3", 10, "5 6 7", "env2", "", null, null),
                new RunRecord("grep", 8, 40, "a", "", 20, "8", "env1", "", null, null));
        FittedGradientBoosting fitted = new GradientBoostingPredictor().fit(
                new TrainingData(runs.get(0).context(), List.of(), runs));
        FittedGradientBoosting read = FittedGradientBoosting.fromBytes(fitted.toBytes());
        for (RunRecord q : List.of(runs.get(0), runs.get(1), runs.get(2), UNSEEN)) {
            assertEquals(fitted.predict(q), read.predict(q), 0.0, q.toString());
        }
    }

    @Test
    void refusesTruncatedTrailingAndForeignBytes() {
        byte[] bytes = small().toBytes();
        IllegalArgumentException truncated = assertThrows(IllegalArgumentException.class,
                () -> FittedGradientBoosting.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)));
        assertEquals("the gradient-boosting model is truncated", truncated.getMessage());
        IllegalArgumentException trailing = assertThrows(IllegalArgumentException.class,
                () -> FittedGradientBoosting.fromBytes(Arrays.copyOf(bytes, bytes.length + 1)));
        assertEquals("trailing bytes after the gradient-boosting model", trailing.getMessage());
        byte[] other = bytes.clone();
        other[7] = 99; // the format
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> FittedGradientBoosting.fromBytes(other));
        assertEquals("not a gradient-boosting model of format 1 (magic 4247424d, format 99)",
                format.getMessage());
    }

    @Test
    void everyOneByteDamageIsRefusedOrStillATreeModel() {
        // a damaged form is refused with IllegalArgumentException, or it reads as some model
        // whose predictions end (children after parents): never another exception, never a hang
        byte[] bytes = small().toBytes();
        int refused = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= (byte) 0xff;
            try {
                FittedGradientBoosting.fromBytes(damaged).predict(UNSEEN);
            } catch (IllegalArgumentException expected) {
                refused++;
            }
        }
        assertTrue(refused > 0 && refused < bytes.length, refused + " of " + bytes.length);
    }

    /** Three trees of depth 2 on three runs. */
    private static FittedGradientBoosting small() {
        List<RunRecord> runs = List.of(
                new RunRecord("grep", 2, 100, "a", "1", 10, "2", "env", "", null, null),
                new RunRecord("grep", 4, 60, "b", "1", 10, "2", "env", "", null, null),
                new RunRecord("grep", 8, 40, "a", "1", 20, "3", "env", "", null, null));
        FeatureLayout layout = FeatureLayout.of(runs);
        double[][] x = runs.stream().map(layout::row).toArray(double[][]::new);
        double[] y = runs.stream().mapToDouble(RunRecord::grossRuntime).toArray();
        return new FittedGradientBoosting(layout, GradientBoostedTrees.fit(x, y,
                new GradientBoostedTrees.Settings(3, 0.1, 2, 2, 1)));
    }
}
