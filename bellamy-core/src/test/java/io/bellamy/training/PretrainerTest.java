package io.bellamy.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.features.EncodedBatch;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PretrainerTest {

    private static final int EPOCHS = 300;

    @Test
    void learnsGrepAndBeatsTheMeanOnHeldOutContexts() throws Exception {
        List<RunRecord> all = RealData.c3o("grep");
        Set<ContextKey> heldOut = RealData.everyNthContext(all, 5, 2);
        List<RunRecord> train = new ArrayList<>();
        List<RunRecord> test = new ArrayList<>();
        for (RunRecord r : all) {
            (heldOut.contains(r.context()) ? test : train).add(r);
        }
        BellamyConfig config = BellamyConfig.defaults();
        config = config.withModel(config.model().withEpochs(EPOCHS));
        List<EpochMetrics> epochs = new ArrayList<>();
        PretrainResult result = new Pretrainer("test").pretrain("c3o", "grep", train,
                PretrainOptions.fixed(config, Hyperparameters.REFERENCE, 7), new PretrainListener() {
                    @Override
                    public void epoch(int trial, EpochMetrics metrics) {
                        epochs.add(metrics);
                    }
                });
        assertEquals(EPOCHS, epochs.size());
        double firstLoss = epochs.get(0).trainLoss();
        double lastLoss = epochs.subList(EPOCHS - 10, EPOCHS).stream()
                .mapToDouble(EpochMetrics::trainLoss).average().orElseThrow();
        assertTrue(lastLoss < 0.2 * firstLoss, "training loss " + firstLoss + " -> " + lastLoss);

        BellamyModel model = result.model();
        EncodedBatch encoded = model.pipeline().transform(test);
        double[] predicted = model.network().predict(Inputs.of(encoded));
        double mean = train.stream().mapToDouble(RunRecord::grossRuntime).average().orElseThrow();
        double maeModel = 0;
        double maeMean = 0;
        for (int i = 0; i < test.size(); i++) {
            maeModel += Math.abs(predicted[i] - test.get(i).grossRuntime());
            maeMean += Math.abs(mean - test.get(i).grossRuntime());
        }
        maeModel /= test.size();
        maeMean /= test.size();
        assertTrue(maeModel < 0.75 * maeMean, "held-out MAE " + maeModel + " vs mean " + maeMean);
        assertEquals(train.size(), model.training().records());
        assertTrue(model.training().validationMae() > 0);
    }

    @Test
    void sameSeedSameWeights() throws Exception {
        List<RunRecord> all = RealData.c3o("sort");
        BellamyConfig config = BellamyConfig.defaults();
        config = config.withModel(config.model().withEpochs(5));
        PretrainOptions options = PretrainOptions.fixed(config, Hyperparameters.REFERENCE, 11);
        BellamyModel a = new Pretrainer("test").pretrain("c3o", "sort", all, options,
                PretrainListener.NONE).model();
        BellamyModel b = new Pretrainer("test").pretrain("c3o", "sort", all, options,
                PretrainListener.NONE).model();
        assertArrayEquals(a.weights(), b.weights());
    }
}
