package io.bellamy.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunRecord;
import io.bellamy.model.BellamyModel;
import io.bellamy.tuning.SearchMode;
import io.bellamy.tuning.TrialEngine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A search whose trials travel as serialised checkpoints, run in batches and out of order,
 * gives the model of the local thread pool, bit for bit, in either mode.
 */
class PretrainerEnginesTest {

    private static final int CONCURRENCY = 2;
    private static final long SEED = 5L;

    /** 4 trials of 24 epochs, rungs at 6 and 12. */
    static BellamyConfig smallSearch() {
        BellamyConfig config = BellamyConfig.defaults();
        var s = config.search();
        return config.withModel(config.model().withEpochs(24))
                .withSearch(new BellamyConfig.Search(4, CONCURRENCY, s.sampler(), 2,
                        s.eiCandidates(), s.space(), new BellamyConfig.Asha(24, 6, 2)));
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void shippedTrialsGiveTheLocalModel(SearchMode mode) throws Exception {
        List<RunRecord> records = RealData.c3o("sort");
        PretrainOptions options = PretrainOptions.search(smallSearch(), SEED);
        PretrainResult local = new Pretrainer("test", TrialEngine.threads(CONCURRENCY), mode)
                .pretrain("c3o", "sort", records, options, PretrainListener.NONE);
        SerializingTrialEngine shipping = new SerializingTrialEngine(CONCURRENCY);
        PretrainResult shipped = new Pretrainer("test", shipping, mode)
                .pretrain("c3o", "sort", records, options, PretrainListener.NONE);

        assertEquals(local.trials(), shipped.trials());
        BellamyModel a = local.model();
        BellamyModel b = shipped.model();
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(a.hyperparameters(), b.hyperparameters());
        assertEquals(a.training().bestEpoch(), b.training().bestEpoch());
        assertEquals(a.training().validationLoss(), b.training().validationLoss());
        assertTrue(shipping.batches() >= 3, "rounds: " + shipping.batches());
    }

    @Test
    void theDefaultPretrainerIsTheAsynchronousLocalPool() throws Exception {
        List<RunRecord> records = RealData.c3o("sort");
        PretrainOptions options = PretrainOptions.search(smallSearch(), SEED);
        int cores = Runtime.getRuntime().availableProcessors();
        BellamyModel byDefault = new Pretrainer("test").pretrain("c3o", "sort", records,
                options, PretrainListener.NONE).model();
        BellamyModel explicit = new Pretrainer("test", TrialEngine.threads(cores),
                SearchMode.ASYNC).pretrain("c3o", "sort", records, options,
                        PretrainListener.NONE).model();
        assertArrayEquals(byDefault.weights(), explicit.weights());
    }
}
