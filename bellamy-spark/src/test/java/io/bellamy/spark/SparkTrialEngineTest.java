package io.bellamy.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.data.RunRecord;
import io.bellamy.model.BellamyModel;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.PretrainResult;
import io.bellamy.training.Pretrainer;
import io.bellamy.training.TrialSummary;
import io.bellamy.tuning.SearchMode;
import io.bellamy.tuning.TrialEngine;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 4-trial search with its trials as Spark tasks on {@code local[2]}: the same best trial,
 * validation loss and weights, bit for bit, as the local engine in rung-synchronous mode; a task
 * that fails once is retried by Spark; a trial whose task fails for good is recorded as failed
 * and the search goes on.
 */
class SparkTrialEngineTest {

    private static final long SEED = 7L;
    /** Where run calls end: the rungs at 10 and 20 epochs, the last epoch 40. */
    private static final int[] STOPS = {10, 20, 40};
    private static LocalSpark spark;
    private static List<RunRecord> records;
    private static PretrainResult local;

    @BeforeAll
    static void startSparkAndRunTheLocalEngine() throws Exception {
        records = TestData.c3o("sort");
        local = new Pretrainer("test", TrialEngine.threads(TestData.CONCURRENCY),
                SearchMode.RUNG_SYNCHRONOUS).pretrain("c3o", "sort", records, options(),
                        PretrainListener.NONE);
        spark = new LocalSpark();
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @BeforeEach
    void forgetEarlierJobs() {
        spark.reset();
    }

    private static PretrainOptions options() {
        return PretrainOptions.search(TestData.smallSearch(), SEED);
    }

    private static PretrainResult onSpark(TaskFaults faults) throws Exception {
        return new Pretrainer("test", new SparkTrialEngine(spark.context(), faults),
                SearchMode.RUNG_SYNCHRONOUS).pretrain("c3o", "sort", records, options(),
                        PretrainListener.NONE);
    }

    private static void assertSameModel(PretrainResult expected, PretrainResult actual) {
        assertEquals(expected.trials(), actual.trials());
        BellamyModel a = expected.model();
        BellamyModel b = actual.model();
        assertEquals(a.hyperparameters(), b.hyperparameters());
        assertEquals(a.training().bestEpoch(), b.training().bestEpoch());
        assertEquals(a.training().validationLoss(), b.training().validationLoss());
        assertArrayEquals(a.weights(), b.weights());
    }

    @Test
    void theTrialsRunAsSparkTasksAndReachTheLocalEnginesModel() throws Exception {
        PretrainResult result = onSpark(TaskFaults.NONE);

        assertSameModel(local, result);
        assertEquals(4, result.trials().size());
        int runCalls = 0;
        for (TrialSummary trial : result.trials()) {
            assertNotEquals("failed", trial.status(), trial.toString());
            for (int stop : STOPS) {
                runCalls += trial.epochs() >= stop ? 1 : 0;
            }
        }
        assertEquals(runCalls, spark.tasks(), "one Spark task per run call");
        assertEquals(0, spark.failedTasks());
        assertTrue(spark.jobs() >= STOPS.length && spark.jobs() < runCalls,
                "one Spark job per round: " + spark.jobs() + " jobs for " + runCalls + " tasks");
    }

    @Test
    void aTaskThatFailsOnceIsRetriedBySpark() throws Exception {
        PretrainResult result = onSpark((task, attempt) -> {
            if (task.trial() == 1 && task.epochsDone() == 0 && attempt == 0) {
                throw new IllegalStateException("injected fault, first attempt of trial 1");
            }
        });

        assertEquals(1, spark.failedTasks());
        assertSameModel(local, result);
    }

    @Test
    void aTrialWhoseTaskFailsForGoodIsRecordedAsFailedAndTheSearchGoesOn() throws Exception {
        PretrainResult result = onSpark((task, attempt) -> {
            if (task.trial() == 1) {
                throw new IllegalStateException("injected fault, every attempt of trial 1");
            }
        });

        List<TrialSummary> trials = result.trials();
        assertEquals(4, trials.size());
        TrialSummary failed = trials.get(1);
        assertEquals("failed", failed.status());
        assertTrue(failed.failure().contains("the Spark task failed on every attempt")
                && failed.failure().contains("injected fault, every attempt of trial 1"),
                failed.failure());
        for (int i : new int[] {0, 2, 3}) {
            assertNotEquals("failed", trials.get(i).status(), trials.get(i).toString());
            assertTrue(trials.get(i).epochs() >= 10, trials.get(i).toString());
        }
        // two attempts in the round's job and two when it runs alone
        assertEquals(4, spark.failedTasks());
        assertEquals(local.trials().get(0), trials.get(0));
    }
}
