package io.bellamy.model;

/**
 * Prints the {@link TrainingStepBenchmark} figures. Run after {@code mvn -pl bellamy-core
 * test-compile}:
 * <pre>
 * java -cp bellamy-core/target/classes:bellamy-core/target/test-classes \
 *     io.bellamy.model.TrainingStepBench [measuredSteps] [dropout] [composite|runtime]
 * </pre>
 */
public final class TrainingStepBench {

    private TrainingStepBench() {
    }

    /** Runs the benchmark and prints one line per repetition. */
    public static void main(String[] args) {
        TrainingStepBenchmark.Settings d = TrainingStepBenchmark.Settings.defaults();
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : d.measuredSteps();
        double dropout = args.length > 1 ? Double.parseDouble(args[1]) : d.config().dropout();
        Objective objective = args.length > 2 && args[2].startsWith("runtime")
                ? Objective.FINE_TUNING : Objective.PRETRAINING;
        NetworkConfig config = new NetworkConfig(d.config().hiddenSize(),
                d.config().encodingSize(), dropout, d.config().maxBatchSize());
        TrainingStepBenchmark.Settings settings = new TrainingStepBenchmark.Settings(config,
                objective, d.records(), d.warmupSteps(), steps, d.seed());
        for (int rep = 0; rep < 3; rep++) {
            TrainingStepBenchmark.Result r = TrainingStepBenchmark.run(settings);
            System.out.printf("batch %d, %s, dropout %.2f: p10 %.1f, median %.1f us/step, p90 %.1f"
                    + " us, cpu %.1f us/step, allocated %.1f bytes/step (loss %.4f)%n",
                    r.batchSize(), objective.kind(), dropout, r.p10Micros(), r.medianMicros(),
                    r.p90Micros(),
                    r.cpuMicrosPerStep(), r.allocatedBytesPerStep(), r.finalLoss());
        }
    }
}
