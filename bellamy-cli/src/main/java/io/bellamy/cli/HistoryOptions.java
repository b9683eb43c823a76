package io.bellamy.cli;

import io.bellamy.data.DatasetFormat;
import io.bellamy.data.TrainingTarget;
import io.bellamy.evaluation.CaseGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of {@code bellamy evaluate --history}: the user's history files, their format,
 * what the networks pre-train on and how many seeded choices are made per k.
 */
public final class HistoryOptions {

    /** The value of {@code --pretrain-target} that pre-trains on no public data. */
    static final String NO_TARGET = "none";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--history", arity = "1..*", paramLabel = "FILE",
            description = "Evaluate on your own runtime history instead of the public datasets: "
                    + "each context of these files by the cross-environment protocol, every "
                    + "method side by side, with a verdict per algorithm.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "With --history: c3o, bell or generic (default: detected from each "
                    + "path: a c3o/ or bell/ parent directory, else generic CSV/TSV/JSON Lines).")
    String format;

    @Option(names = "--pretrain-target", paramLabel = "TARGET", defaultValue = "c3o",
            description = "With --history: public data the networks pre-train on: c3o, bell, all "
                    + "or none; default: ${DEFAULT-VALUE}.")
    String pretrainTarget;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "" + CaseGenerator.BELL_REPS,
            description = "With --history: seeded choices of the k scale-outs per k >= 1; "
                    + "default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--include-other-contexts",
            description = "With --history: the networks also pre-train on your other contexts "
                    + "of the algorithm (never the one under test).")
    boolean includeOtherContexts;

    /** Whether any history option was given. */
    boolean requested() {
        return files != null || given("--format") || given("--pretrain-target")
                || given("--seeds") || given("--include-other-contexts");
    }

    /** Whether an option of the command was given on the command line. */
    boolean given(String option) {
        return command.commandLine().getParseResult().hasMatchedOption(option);
    }

    /**
     * Checks the history options.
     *
     * @throws UsageException when --history is missing or a value is invalid
     */
    void check() {
        if (files == null || files.isEmpty()) {
            throw new UsageException("--format, --pretrain-target, --seeds and "
                    + "--include-other-contexts go with --history FILE...");
        }
        if (seeds < 1) {
            throw new UsageException("--seeds must be >= 1, got " + seeds);
        }
        target();
        format();
    }

    /** The public data to pre-train on; empty for {@code none}. */
    Optional<TrainingTarget> target() {
        if (pretrainTarget.strip().equalsIgnoreCase(NO_TARGET)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TrainingTarget.parse(pretrainTarget));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--pretrain-target: " + e.getMessage() + ", " + NO_TARGET);
        }
    }

    /** The format of every file, or empty to detect it per file. */
    Optional<DatasetFormat> format() {
        if (format == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(DatasetFormat.parse(format));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }
}
