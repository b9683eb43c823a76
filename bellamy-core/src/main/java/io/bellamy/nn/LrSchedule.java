package io.bellamy.nn;

/**
 * A learning rate per epoch. Epochs are counted from 0: {@code rate(0)} is the rate of the first
 * epoch (PyTorch Ignite's parameter schedulers, attached to {@code EPOCH_STARTED}, use event index
 * {@code e} for epoch {@code e + 1}).
 */
@FunctionalInterface
public interface LrSchedule {

    /**
     * The learning rate of epoch {@code epoch}.
     *
     * @param epoch the 0-based epoch, {@code >= 0}
     */
    double rate(int epoch);

    /**
     * The fine-tuning schedule of SPEC §6 (the prototype's Ignite {@code ConcatScheduler}): for the
     * first 10 epochs linear cyclical 0.001 -> 0.01 -> 0.001 with a cycle of 20 epochs, then cosine
     * annealing 0.01 -> 0.001 with a cycle of 40 epochs, restarting.
     */
    static LrSchedule fineTuning() {
        return new ConcatSchedule(new LinearCyclicalSchedule(0.001, 0.01, 20), 10,
                new CosineAnnealingSchedule(0.01, 0.001, 40));
    }

    /** Rejects a negative epoch. */
    static void checkEpoch(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
    }
}
