package io.bellamy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunRecord;
import io.bellamy.model.Hyperparameters;
import io.bellamy.training.PretrainJob;
import io.bellamy.training.PretrainOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A job shipped as text arrives unchanged: runs, configuration, options. */
class PretrainTaskTest {

    @Test
    void aShippedJobArrivesUnchanged() {
        BellamyConfig defaults = BellamyConfig.defaults();
        BellamyConfig config = defaults.withSeed(3).withSearch(new BellamyConfig.Search(5, 3,
                "random", 1, 7, Map.of("lr", List.of(0.3, 1e-5)), new BellamyConfig.Asha(90, 30,
                        3))).withModel(defaults.model().withEpochs(90));
        List<RunRecord> runs = TestData.c3o("sgd");
        PretrainJob job = new PretrainJob("c3o", "sgd", runs,
                PretrainOptions.fixed(config, new Hyperparameters(0.05, 0.1, 1e-4), 11));

        PretrainJob arrived = PretrainTask.of(job, "v1", 2).job();
        assertEquals(job, arrived);
        assertEquals(config, arrived.options().config());
    }
}
