package io.bellamy.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunRecord;
import io.bellamy.features.FittedPipeline;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkConfig;
import io.bellamy.model.NetworkInput;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run checkpointed, shipped through Java serialisation and resumed ends exactly where the run
 * that went straight on ends: same metrics every epoch, same weights, same best epoch.
 */
class PretrainingRunCheckpointTest {

    private static final int SPLIT_AT = 7;
    private static final int LAST = 16;
    private static final long SEED = 12345L;
    private static PretrainingProblem problem;

    @BeforeAll
    static void encodeGrep() {
        BellamyConfig config = BellamyConfig.defaults();
        List<RunRecord> records = RealData.c3o("grep");
        FittedPipeline pipeline = Pretrainer.pipelineSpec(config).fit(records);
        NetworkInput input = Inputs.of(pipeline.transform(records));
        ValidationSplit split = ValidationSplit.stratified(records,
                config.split().groupingKeys(), 0.2, new SplittableRandom(1));
        problem = new PretrainingProblem(input, split.train(), split.validation(),
                new NetworkConfig(8, pipeline.propertyWidth(), 0.1, 64), 64, 0.25,
                Hyperparameters.REFERENCE);
    }

    @Test
    void aResumedRunEndsBitForBitWhereTheStraightRunEnds() {
        PretrainingRun straight = problem.start(new Hyperparameters(0.2, 0.01, 0.001), SEED);
        straight.runTo(LAST, null);

        PretrainingRun first = problem.start(new Hyperparameters(0.2, 0.01, 0.001), SEED);
        first.runTo(SPLIT_AT, null);
        PretrainingRun.Checkpoint shipped = Serialization.roundTrip(first.checkpoint());
        PretrainingRun resumed = problem.resume(shipped);
        assertEquals(SPLIT_AT, resumed.epoch());
        resumed.runTo(LAST, null);

        assertEquals(straight.history(), resumed.history());
        assertSameState(straight.checkpoint(), resumed.checkpoint());
        BestEpoch best = resumed.bestEpoch();
        assertEquals(straight.bestEpoch().metrics(), best.metrics());
        assertArrayEquals(straight.bestEpoch().weights(), best.weights());
        assertArrayEquals(straight.bestNetwork().weights(), problem.network(best).weights());
    }

    @Test
    void aCheckpointedRunGoesOnAsIfNothingHappened() {
        PretrainingRun straight = problem.start(Hyperparameters.REFERENCE, SEED);
        straight.runTo(LAST, null);
        PretrainingRun checked = problem.start(Hyperparameters.REFERENCE, SEED);
        checked.runTo(SPLIT_AT, null);
        checked.checkpoint();
        checked.runTo(SPLIT_AT + 2, null);
        checked.checkpoint();
        checked.runTo(LAST, null);
        assertSameState(straight.checkpoint(), checked.checkpoint());
    }

    @Test
    void aFreshRunHasNotAdvancedItsStreamAndHasNoBestEpoch() {
        PretrainingRun.Checkpoint fresh = problem.start(Hyperparameters.REFERENCE, SEED)
                .checkpoint();
        assertEquals(0, fresh.randomSteps());
        assertEquals(0, fresh.epoch());
        assertFalse(problem.start(Hyperparameters.REFERENCE, SEED).bestEpoch().isPresent());
        assertThrows(IllegalArgumentException.class,
                () -> problem.network(problem.start(Hyperparameters.REFERENCE, SEED).bestEpoch()));
    }

    private static void assertSameState(PretrainingRun.Checkpoint a, PretrainingRun.Checkpoint b) {
        assertEquals(a.epoch(), b.epoch());
        assertEquals(a.randomSteps(), b.randomSteps());
        assertArrayEquals(a.trainOrder(), b.trainOrder());
        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(a.optimizer().firstMoments(), b.optimizer().firstMoments());
        assertArrayEquals(a.optimizer().secondMoments(), b.optimizer().secondMoments());
        assertArrayEquals(a.optimizer().steps(), b.optimizer().steps());
        assertEquals(a.history(), b.history());
        assertNotNull(a.best());
        assertEquals(a.best(), b.best());
        assertArrayEquals(a.bestWeights(), b.bestWeights());
    }
}
