package io.bellamy.cli;

import io.bellamy.data.RunRecord;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bellamy demo}: the main job end to end on the public datasets — import them into the
 * store and summarise them per source and algorithm.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Import the public datasets into the store and print per-algorithm "
                + "statistics.")
final class DemoCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    DemoCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Workspace workspace = new Workspace(env, state);
        try (RunStore store = workspace.openStoreWithDatasets()) {
            env.out().printf("runtime-history store: %s%n%n", workspace.storeName());
            env.out().printf("%-6s %-10s %6s %9s %11s %10s %10s %10s%n", "source", "algorithm",
                    "runs", "contexts", "scale-outs", "min s", "median s", "max s");
            for (String source : store.sources()) {
                for (String algorithm : store.algorithms(Set.of(source))) {
                    printRow(store, source, algorithm);
                }
            }
        }
        return 0;
    }

    private void printRow(RunStore store, String source, String algorithm) {
        List<RunRecord> runs = store.runs(RunQuery.of(algorithm).withSources(Set.of(source)));
        double[] runtimes = runs.stream().mapToDouble(RunRecord::grossRuntime).sorted().toArray();
        int[] scaleOuts = runs.stream().mapToInt(RunRecord::instanceCount).distinct().sorted()
                .toArray();
        long contexts = runs.stream().map(RunRecord::context).distinct().count();
        env.out().printf("%-6s %-10s %6d %9d %11s %10.1f %10.1f %10.1f%n", source, algorithm,
                runs.size(), contexts,
                scaleOuts[0] + ".." + scaleOuts[scaleOuts.length - 1],
                runtimes[0], median(runtimes), runtimes[runtimes.length - 1]);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
