package io.bellamy.nn;

/**
 * A triangular cycle (Smith, "Cyclical Learning Rates for Training Neural Networks", WACV 2017;
 * Ignite's {@code LinearCyclicalScheduler}): over each cycle of {@code cycleEpochs} epochs the rate
 * goes linearly from {@code start} to {@code peak} (at mid-cycle) and back. With
 * {@code k = epoch mod cycleEpochs}: {@code peak + (start - peak) * |k / cycleEpochs - 0.5| * 2}.
 *
 * @param start the rate at the start of each cycle, finite and {@code >= 0}
 * @param peak the rate at mid-cycle, finite and {@code >= 0}
 * @param cycleEpochs the cycle length in epochs, {@code >= 2}
 */
public record LinearCyclicalSchedule(double start, double peak, int cycleEpochs)
        implements LrSchedule {

    /** Validates the rates and the cycle length. */
    public LinearCyclicalSchedule {
        ScheduleChecks.rate("start", start);
        ScheduleChecks.rate("peak", peak);
        ScheduleChecks.cycle(cycleEpochs);
    }

    @Override
    public double rate(int epoch) {
        LrSchedule.checkEpoch(epoch);
        double progress = (double) (epoch % cycleEpochs) / cycleEpochs;
        return peak + (start - peak) * Math.abs(progress - 0.5) * 2;
    }
}
