package io.bellamy.nn;

/**
 * Cosine annealing with warm restarts (Loshchilov and Hutter, "SGDR: Stochastic Gradient Descent
 * with Warm Restarts", ICLR 2017; Ignite's {@code CosineAnnealingScheduler}): over each cycle of
 * {@code cycleEpochs} epochs the rate falls from {@code start} towards {@code end} along half a
 * cosine, then restarts. With {@code k = epoch mod cycleEpochs}:
 * {@code start + (end - start) / 2 * (1 - cos(pi * k / cycleEpochs))}.
 *
 * @param start the rate at the start of each cycle, finite and {@code >= 0}
 * @param end the rate approached at the end of each cycle, finite and {@code >= 0}
 * @param cycleEpochs the cycle length in epochs, {@code >= 2}
 */
public record CosineAnnealingSchedule(double start, double end, int cycleEpochs)
        implements LrSchedule {

    /** Validates the rates and the cycle length. */
    public CosineAnnealingSchedule {
        ScheduleChecks.rate("start", start);
        ScheduleChecks.rate("end", end);
        ScheduleChecks.cycle(cycleEpochs);
    }

    @Override
    public double rate(int epoch) {
        LrSchedule.checkEpoch(epoch);
        double progress = (double) (epoch % cycleEpochs) / cycleEpochs;
        return start + ((end - start) / 2) * (1 - Math.cos(Math.PI * progress));
    }
}
