package io.bellamy.nn;

import java.util.Objects;

/**
 * One schedule for the first {@code firstEpochs} epochs, then another that starts from its own
 * epoch 0 (Ignite's {@code ConcatScheduler} with one duration).
 *
 * @param first the schedule of epochs {@code [0, firstEpochs)}
 * @param firstEpochs how long {@code first} runs, {@code >= 0}
 * @param second the schedule afterwards, seeing epoch {@code epoch - firstEpochs}
 */
public record ConcatSchedule(LrSchedule first, int firstEpochs, LrSchedule second)
        implements LrSchedule {

    /** Validates the parts. */
    public ConcatSchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (firstEpochs < 0) {
            throw new IllegalArgumentException("first schedule duration must be >= 0 epochs, got "
                    + firstEpochs);
        }
    }

    @Override
    public double rate(int epoch) {
        LrSchedule.checkEpoch(epoch);
        return epoch < firstEpochs ? first.rate(epoch) : second.rate(epoch - firstEpochs);
    }
}
