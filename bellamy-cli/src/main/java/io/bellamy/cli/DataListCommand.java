package io.bellamy.cli;

import io.bellamy.store.RunStore;
import io.bellamy.store.StoreStats;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bellamy data list}: sources and algorithms in the store. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the sources and algorithms in the runtime-history store.")
final class DataListCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    DataListCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Workspace workspace = new Workspace(env, state);
        try (RunStore store = workspace.openStoreWithDatasets()) {
            env.out().printf("store: %s%n", workspace.storeName());
            env.out().printf("%-10s %-12s %8s %9s%n", "source", "algorithm", "runs", "contexts");
            for (String source : store.sources()) {
                StoreStats stats = store.stats(null, Set.of(source));
                for (StoreStats.AlgorithmStats a : stats.algorithms()) {
                    env.out().printf("%-10s %-12s %8d %9d%n", source, a.algorithm(), a.runs(),
                            a.contexts().size());
                }
            }
        }
        return 0;
    }
}
