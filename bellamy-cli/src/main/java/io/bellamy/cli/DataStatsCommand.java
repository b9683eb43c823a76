package io.bellamy.cli;

import io.bellamy.data.ContextKey;
import io.bellamy.store.RunStore;
import io.bellamy.store.StoreStats;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bellamy data stats}: runs per algorithm, context and scale-out with runtime statistics. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Runs per algorithm, context and scale-out, with runtime min/median/max "
                + "in seconds.")
final class DataStatsCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @Option(names = {"-a", "--algorithm"}, paramLabel = "ALG",
            description = "Only this algorithm (default: every algorithm).")
    String algorithm;

    @Option(names = "--source", paramLabel = "NAME", split = ",",
            description = "Only these sources, e.g. c3o,bell,user (default: every source).")
    List<String> sources;

    DataStatsCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Set<String> sourceSet = sources == null ? null : new LinkedHashSet<>(sources);
        try (RunStore store = new Workspace(env, state).openStoreWithDatasets()) {
            if (algorithm != null && !store.algorithms(sourceSet).contains(algorithm)) {
                throw new IllegalArgumentException("no runs of algorithm '" + algorithm
                        + "' in the store; known: " + store.algorithms(sourceSet));
            }
            StoreStats stats = store.stats(algorithm, sourceSet);
            for (StoreStats.AlgorithmStats a : stats.algorithms()) {
                env.out().printf("%s: %d runs in %d contexts%n", a.algorithm(), a.runs(),
                        a.contexts().size());
                env.out().printf("  %-64s %9s %5s %10s %10s %10s%n", "context", "scale-out",
                        "runs", "min s", "median s", "max s");
                for (StoreStats.ContextStats c : a.contexts()) {
                    String name = describe(c.context());
                    for (StoreStats.ScaleOutStats s : c.scaleOuts()) {
                        env.out().printf("  %-64s %9d %5d %10.2f %10.2f %10.2f%n", name,
                                s.instanceCount(), s.runs(), s.minRuntime(), s.medianRuntime(),
                                s.maxRuntime());
                        name = "";
                    }
                }
            }
        }
        return 0;
    }

    /** A one-line description of a context, truncated to fit the table. */
    static String describe(ContextKey c) {
        String text = String.join(" | ", c.machineType(),
                c.jobArgs().isEmpty() ? "-" : c.jobArgs(), trimNumber(c.dataSizeMB()) + " MB",
                c.dataCharacteristics().isEmpty() ? "-" : c.dataCharacteristics(),
                c.environment());
        return text.length() <= 64 ? text : text.substring(0, 61) + "...";
    }

    static String trimNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }
}
