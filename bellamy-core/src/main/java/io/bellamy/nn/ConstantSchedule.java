package io.bellamy.nn;

/**
 * The same learning rate every epoch.
 *
 * @param value the rate, finite and {@code >= 0}
 */
public record ConstantSchedule(double value) implements LrSchedule {

    /** Requires a finite non-negative rate. */
    public ConstantSchedule {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got " + value);
        }
    }

    @Override
    public double rate(int epoch) {
        LrSchedule.checkEpoch(epoch);
        return value;
    }
}
