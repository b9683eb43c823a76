package io.bellamy.training;

import io.bellamy.config.BellamyConfig;
import io.bellamy.model.Hyperparameters;
import io.bellamy.nn.ConcatSchedule;
import io.bellamy.nn.CosineAnnealingSchedule;
import io.bellamy.nn.LinearCyclicalSchedule;
import io.bellamy.nn.LrSchedule;
import java.util.Objects;

/**
 * How a request's fine-tuning runs (SPEC §6 step 3).
 *
 * @param maxEpochs most epochs
 * @param weightDecay Adam's L2 weight decay
 * @param patience stop after this many epochs without a better MAE
 * @param maeThreshold stop at once when an epoch's MAE (seconds) is at or below this
 * @param unfreezeFactor with n > 1 records the scale-out net unfreezes at epoch
 *     floor(factor * 2^n)
 * @param schedule learning rate per 0-based epoch
 * @param batchSize mini-batch size
 * @param targetNoise standard deviation of the target noise, seconds
 */
public record FineTuneSettings(int maxEpochs, double weightDecay, int patience,
        double maeThreshold, double unfreezeFactor, LrSchedule schedule, int batchSize,
        double targetNoise) {

    /** Validates ranges, quoting the value. */
    public FineTuneSettings {
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("fine-tuning epochs must be >= 1, got " + maxEpochs);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be >= 1, got " + patience);
        }
        Objects.requireNonNull(schedule, "schedule");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
    }

    /**
     * The configuration's fine-tuning, reusing from the model's hyperparameters what the
     * configuration's {@code reuse} section says (the optimizer's weight decay when
     * {@code optimizer_args} is reused; the learning rate always follows the schedule).
     */
    public static FineTuneSettings from(BellamyConfig config, Hyperparameters pretrained) {
        var ft = config.fineTuning();
        var s = ft.schedule();
        LrSchedule schedule = new ConcatSchedule(
                new LinearCyclicalSchedule(s.cyclicBase(), s.cyclicMax(), s.cyclicCycle()),
                s.cyclicEpochs(),
                new CosineAnnealingSchedule(s.cosineMax(), s.cosineMin(), s.cosineCycle()));
        double weightDecay = ft.reuse().optimizerArgs() ? pretrained.weightDecay()
                : ft.weightDecay();
        double noise = ft.reuse().lossArgs() ? config.model().targetNoise() : 0.25;
        return new FineTuneSettings(ft.epochs(), weightDecay, ft.patience(), ft.maeThreshold(),
                ft.unfreezeFactor(), schedule, config.model().batchSize(), noise);
    }
}
