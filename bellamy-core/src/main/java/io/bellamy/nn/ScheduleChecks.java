package io.bellamy.nn;

/** Argument checks shared by the schedules. */
final class ScheduleChecks {

    private ScheduleChecks() {
    }

    static void rate(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("learning rate " + name
                    + " must be finite and >= 0, got " + value);
        }
    }

    static void cycle(int cycleEpochs) {
        if (cycleEpochs < 2) {
            throw new IllegalArgumentException("cycle must be >= 2 epochs, got " + cycleEpochs);
        }
    }
}
