package io.bellamy.cli;

import io.bellamy.data.RunRecord;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bellamy demo}: the main job end to end on the public datasets, as the prototype's two
 * examples: import the datasets and summarise them, pre-train grep on C3O with the default
 * search, then predict the prototype's example request.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job end to end: import the public datasets and print "
                + "per-algorithm statistics, pre-train grep on c3o (default search), then predict "
                + "the prototype's example request (examples/example-request.yml).")
final class DemoCommand implements Callable<Integer> {

    private static final String EXAMPLE = "examples/example-request.yml";

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = "--trials", paramLabel = "N",
            description = "Trials of the pre-training search (default: the configuration's, 12).")
    Integer trials;

    @picocli.CommandLine.Option(names = "--max-epochs", paramLabel = "N",
            description = "Most epochs per trial (default: the configuration's, 2500); fewer make "
                    + "a quicker, less accurate demo.")
    Integer maxEpochs;

    DemoCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Workspace workspace = new Workspace(env, state);
        env.out().println("== 1. the runtime-history store");
        try (RunStore store = workspace.openStoreWithDatasets()) {
            env.out().printf("store: %s%n%n", workspace.storeName());
            env.out().printf("%-6s %-10s %6s %9s %11s %10s %10s %10s%n", "source", "algorithm",
                    "runs", "contexts", "scale-outs", "min s", "median s", "max s");
            for (String source : store.sources()) {
                for (String algorithm : store.algorithms(Set.of(source))) {
                    printRow(store, source, algorithm);
                }
            }
        }
        CommandLine root = spec.commandLine().getParent();
        env.out().println();
        env.out().println("== 2. bellamy pretrain -tt c3o -a grep");
        env.out().flush();
        List<String> pretrain = new ArrayList<>(List.of("pretrain", "-tt", "c3o", "-a", "grep"));
        addOption(pretrain, "--trials", trials == null ? null : trials.toString());
        addOption(pretrain, "--max-epochs", maxEpochs == null ? null : maxEpochs.toString());
        int code = root.execute(withState(pretrain.toArray(String[]::new)));
        if (code != 0) {
            return code;
        }
        Path request = Files.createTempFile("bellamy-example-request", ".yml");
        try {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/" + EXAMPLE)) {
                if (in == null) {
                    throw new IllegalStateException("the example request is missing from the jar");
                }
                Files.copy(in, request, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            env.out().println();
            env.out().println("== 3. bellamy predict -tt c3o -a grep -r " + EXAMPLE);
            env.out().flush();
            return root.execute(withState("predict", "-tt", "c3o", "-a", "grep", "-r",
                    request.toString()));
        } finally {
            Files.deleteIfExists(request);
        }
    }

    private String[] withState(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        addOption(all, "--data-dir", state.dataDir);
        addOption(all, "--home", state.home);
        addOption(all, "--jdbc-url", state.jdbcUrl);
        addOption(all, "--models", state.models);
        return all.toArray(String[]::new);
    }

    private static void addOption(List<String> args, String name, String value) {
        if (value != null) {
            args.add(name);
            args.add(value);
        }
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
