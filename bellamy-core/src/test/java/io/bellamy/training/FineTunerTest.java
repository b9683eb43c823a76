package io.bellamy.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunRecord;
import io.bellamy.features.FeaturePipeline;
import io.bellamy.features.FittedPipeline;
import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.Hyperparameters;
import io.bellamy.model.NetworkConfig;
import io.bellamy.nn.ParameterGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineTunerTest {

    @Test
    void onlyTheCombinationNetChangesAndTheBestEpochIsKept() {
        List<RunRecord> sort = RealData.c3o("sort");
        RunRecord first = sort.get(0);
        List<RunRecord> context = sort.stream()
                .filter(r -> r.context().equals(first.context()) && r.instanceCount() <= 6)
                .toList();
        FittedPipeline pipeline = FeaturePipeline.PROTOTYPE.fit(sort);
        BellamyNetwork base = new BellamyNetwork(new NetworkConfig(8, 40, 0.1, 64), 5);
        BellamyConfig config = BellamyConfig.defaults();
        FineTuneSettings settings = FineTuneSettings.from(config,
                new Hyperparameters(0.1, 0.01, 0.001));
        FineTuneResult result = new FineTuner(settings).fineTune(base, true, pipeline, context, 9);
        double[] before = base.weights();
        double[] after = result.network().weights();
        for (ParameterGroup g : base.parameters().groups()) {
            boolean changed = false;
            for (int i = g.offset(); i < g.end(); i++) {
                changed |= before[i] != after[i];
            }
            // 15 records: the scale-out net would unfreeze only at epoch 7.5 * 2^15
            assertEquals(g.name().equals("combination"), changed, g.name());
        }
        assertTrue(result.epochs() >= result.bestEpoch() && result.bestEpoch() >= 1);
        assertTrue(result.reachedThreshold() || result.epochs() == settings.maxEpochs()
                || result.epochs() - result.bestEpoch() >= settings.patience());
        assertEquals(context.size(), result.records());
        // same seed, same result
        FineTuneResult again = new FineTuner(settings).fineTune(base, true, pipeline, context, 9);
        assertArrayEquals(after, again.network().weights());
    }
}
