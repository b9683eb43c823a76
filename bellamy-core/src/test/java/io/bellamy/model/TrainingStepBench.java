package io.bellamy.model;

import io.bellamy.data.C3oReader;
import io.bellamy.data.RunRecord;
import io.bellamy.features.FeaturePipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the {@link TrainingStepBenchmark} figures. Run after {@code mvn -pl bellamy-core
 * test-compile}:
 * <pre>
 * java -cp bellamy-core/target/classes:bellamy-core/target/test-classes:$(cat cp.txt) \
 *     io.bellamy.model.TrainingStepBench [pretraining|finetuning|realistic] [steps]
 * </pre>
 * {@code realistic} is the pre-training step on the real C3O grep runs
 * ({@code ../shared/datasets/c3o/grep.tsv} beside the repository, or the system property
 * {@code bellamy.repo.root}), encoded by {@link FeaturePipeline#PROTOTYPE}
 * ({@link TrainingStepBenchmark#encode}).
 */
public final class TrainingStepBench {

    private TrainingStepBench() {
    }

    /**
     * Runs the benchmark three times and prints one line per run. Arguments (optional):
     * {@code pretraining|finetuning|realistic} and the number of timed steps.
     */
    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "pretraining";
        boolean fineTuning = mode.startsWith("fine");
        boolean realistic = mode.startsWith("real");
        TrainingStepBenchmark.Settings settings = fineTuning
                ? TrainingStepBenchmark.Settings.fineTuning()
                : TrainingStepBenchmark.Settings.pretraining();
        if (args.length > 1) {
            int steps = Integer.parseInt(args[1]);
            settings = settings.withSteps(steps, steps);
        }
        NetworkInput data = realistic ? c3oGrep() : null;
        for (int rep = 0; rep < 3; rep++) {
            TrainingStepBenchmark.Result r = TrainingStepBenchmark.run(settings, data);
            System.out.printf("%s step, batch %d: p10 %.1f us, median %.1f us, p90 %.1f us,"
                    + " cpu %.1f us/step, allocated %.2f bytes/step (last loss %.4f)%n",
                    fineTuning ? "fine-tuning" : realistic ? "pre-training (C3O grep)"
                            : "pre-training", r.batchSize(), r.p10Micros(),
                    r.medianMicros(), r.p90Micros(), r.cpuMicrosPerStep(),
                    r.allocatedBytesPerStep(), r.finalLoss());
        }
    }

    /** The C3O grep runs, encoded by the prototype's feature pipeline fitted on them. */
    static NetworkInput c3oGrep() {
        Path file = Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("../shared/datasets/c3o/grep.tsv");
        List<RunRecord> records;
        try {
            records = C3oReader.fromFileName().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TrainingStepBenchmark.encode(records);
    }
}
