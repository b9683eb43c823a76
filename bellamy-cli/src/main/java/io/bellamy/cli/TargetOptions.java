package io.bellamy.cli;

import io.bellamy.data.TrainingTarget;
import java.util.Set;
import picocli.CommandLine.Option;

/** The prototype's {@code -tt TARGET} flag. */
public final class TargetOptions {

    @Option(names = {"-tt", "--training-target"}, paramLabel = "TARGET", defaultValue = "c3o",
            description = "Training target: c3o, bell or all (default: ${DEFAULT-VALUE}).")
    String target;

    TrainingTarget target() {
        return TrainingTarget.parse(target);
    }

    /** The store sources the target selects ({@code null}: every source). */
    static Set<String> sources(TrainingTarget target) {
        return switch (target) {
            case C3O -> Set.of("c3o");
            case BELL -> Set.of("bell");
            case ALL -> null;
        };
    }
}
