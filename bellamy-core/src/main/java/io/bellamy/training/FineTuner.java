package io.bellamy.training;

import io.bellamy.data.RunRecord;
import io.bellamy.features.FittedPipeline;
import io.bellamy.model.BellamyNetwork;
import io.bellamy.model.NetworkInput;
import io.bellamy.model.NetworkPart;
import io.bellamy.model.Objective;
import io.bellamy.model.StepResult;
import io.bellamy.nn.Adam;
import io.bellamy.nn.AdamConfig;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fine-tunes a copy of a network on one context's runs (SPEC §6 step 3): every part frozen but
 * the combination net (and the scale-out net when there is no pre-trained model, or with n > 1
 * records from epoch floor(7.5 * 2^n) on); dropout off; Adam with the fine-tuning schedule;
 * SmoothL1 on noisy targets. An epoch's score is the MAE of its training forward passes (before
 * each step), and the weights kept for it are those after its steps; fine-tuning stops at once
 * when the MAE reaches the threshold, or after {@code patience} epochs without improvement, and
 * the best epoch's weights are restored.
 */
public final class FineTuner {

    private final FineTuneSettings settings;

    /** @param settings epochs, schedule, early stopping */
    public FineTuner(FineTuneSettings settings) {
        this.settings = settings;
    }

    /**
     * Fine-tunes a copy of {@code base} (not modified) on {@code history}.
     *
     * @param pretrained whether {@code base} holds pre-trained weights (if not, the scale-out net
     *     trains from the first epoch)
     * @param seed seed of the shuffles and the target noise
     */
    public FineTuneResult fineTune(BellamyNetwork base, boolean pretrained, FittedPipeline pipeline,
            List<RunRecord> history, long seed) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("fine-tuning needs at least one record");
        }
        NetworkInput input = Inputs.of(pipeline.transform(history));
        BellamyNetwork network = base.copy();
        network.setDropoutEnabled(false);
        network.setFrozen(NetworkPart.ENCODER, true);
        network.setFrozen(NetworkPart.DECODER, true);
        network.setFrozen(NetworkPart.COMBINATION, false);
        network.setFrozen(NetworkPart.SCALE_OUT, pretrained);
        int n = history.size();
        long unfreezeAt = !pretrained || n <= 1 || n >= 40 ? Long.MAX_VALUE
                : (long) Math.floor(settings.unfreezeFactor() * Math.pow(2, n));
        Adam adam = new Adam(network.parameters(), AdamConfig.withWeightDecay(settings.weightDecay()));
        Objective objective = Objective.FINE_TUNING.withTargetNoise(settings.targetNoise());
        SplittableRandom rng = new SplittableRandom(seed);
        StepResult step = new StepResult();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        int batch = Math.min(settings.batchSize(), network.config().maxBatchSize());
        double bestMae = Double.POSITIVE_INFINITY;
        double[] bestWeights = network.weights();
        int bestEpoch = 0;
        int epoch = 0;
        boolean reached = false;
        while (epoch < settings.maxEpochs()) {
            if (epoch == unfreezeAt) {
                network.setFrozen(NetworkPart.SCALE_OUT, false);
            }
            double lr = settings.schedule().rate(epoch);
            epoch++;
            shuffle(rows, rng);
            double absErrors = 0;
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                network.trainStep(input, rows, from, to, objective, adam, lr, rng, step);
                absErrors += step.absoluteErrorSum();
            }
            double mae = absErrors / n;
            if (!Double.isFinite(mae)) {
                break;
            }
            if (mae < bestMae) {
                bestMae = mae;
                bestEpoch = epoch;
                bestWeights = network.weights();
            }
            if (mae <= settings.maeThreshold()) {
                reached = true;
                break;
            }
            if (epoch - bestEpoch >= settings.patience()) {
                break;
            }
        }
        network.setWeights(bestWeights);
        return new FineTuneResult(network, n, epoch, bestEpoch, bestMae, reached);
    }

    private static void shuffle(int[] rows, SplittableRandom rng) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }
}
