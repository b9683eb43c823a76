package io.bellamy.model;

/**
 * Prints the {@link TrainingStepBenchmark} figures. Run after {@code mvn -pl bellamy-core
 * test-compile}:
 * <pre>
 * java -cp bellamy-core/target/classes:bellamy-core/target/test-classes \
 *     io.bellamy.model.TrainingStepBench [pretraining|finetuning] [steps]
 * </pre>
 */
public final class TrainingStepBench {

    private TrainingStepBench() {
    }

    /**
     * Runs the benchmark three times and prints one line per run. Arguments (optional):
     * {@code pretraining|finetuning} and the number of timed steps.
     */
    public static void main(String[] args) {
        boolean fineTuning = args.length > 0 && args[0].startsWith("fine");
        TrainingStepBenchmark.Settings settings = fineTuning
                ? TrainingStepBenchmark.Settings.fineTuning()
                : TrainingStepBenchmark.Settings.pretraining();
        if (args.length > 1) {
            int steps = Integer.parseInt(args[1]);
            settings = settings.withSteps(steps, steps);
        }
        for (int rep = 0; rep < 3; rep++) {
            TrainingStepBenchmark.Result r = TrainingStepBenchmark.run(settings);
            System.out.printf("%s step, batch %d: p10 %.1f us, median %.1f us, p90 %.1f us,"
                    + " cpu %.1f us/step, allocated %.2f bytes/step (last loss %.4f)%n",
                    fineTuning ? "fine-tuning" : "pre-training", r.batchSize(), r.p10Micros(),
                    r.medianMicros(), r.p90Micros(), r.cpuMicrosPerStep(),
                    r.allocatedBytesPerStep(), r.finalLoss());
        }
    }
}
