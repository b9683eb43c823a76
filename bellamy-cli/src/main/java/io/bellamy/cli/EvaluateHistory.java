package io.bellamy.cli;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.DatasetCatalog;
import io.bellamy.data.DatasetFormat;
import io.bellamy.data.RunRecord;
import io.bellamy.data.TrainingTarget;
import io.bellamy.evaluation.AlgorithmVerdict;
import io.bellamy.evaluation.EvaluationMethod;
import io.bellamy.evaluation.HistoryEvaluation;
import io.bellamy.evaluation.HistoryPlan;
import io.bellamy.evaluation.HistoryResults;
import io.bellamy.evaluation.HistorySpec;
import io.bellamy.evaluation.KVerdict;
import io.bellamy.evaluation.PretrainingPlan;
import io.bellamy.evaluation.PublicRuns;
import io.bellamy.evaluation.SkippedMethod;
import io.bellamy.evaluation.UserHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code bellamy evaluate --history FILE...}: reads every file first (a malformed one aborts
 * before anything is evaluated), imports them into a {@link ThrowawayStore}, evaluates each
 * context by the cross-environment protocol with the methods of {@code --methods} (the same
 * list the public evaluation takes), writes the public evaluation's outputs plus the verdict and
 * prints the verdict per algorithm.
 */
final class EvaluateHistory implements Callable<Integer> {

    private final CliEnvironment env;
    private final EvaluateCommand command;

    EvaluateHistory(CliEnvironment env, EvaluateCommand command) {
        this.env = env;
        this.command = command;
    }

    @Override
    public Integer call() throws Exception {
        HistoryOptions options = command.history;
        options.check();
        if (options.given("--training-target")) {
            throw new UsageException("-tt chooses a public evaluation; --history evaluates your "
                    + "files by the cross-environment protocol, use --pretrain-target to choose "
                    + "the pre-training data");
        }
        if (command.splits != null) {
            throw new UsageException("--splits does not go with --history: the cases come from "
                    + "your files");
        }
        List<Integer> ks = EvaluateCommand.parseKs(command.ks);
        if (command.threads < 1) {
            throw new UsageException("--threads must be >= 1, got " + command.threads);
        }
        BellamyConfig config = command.config();
        List<EvaluationMethod> methods = EvaluationMethods.parse(command.methods, config,
                command.search, command.seed);
        List<Path> paths = new ArrayList<>();
        List<List<RunRecord>> contents = new ArrayList<>();
        read(options.format(), paths, contents);
        UserHistory history;
        try (ThrowawayStore store = ThrowawayStore.create()) {
            for (int i = 0; i < paths.size(); i++) {
                if (!store.importRuns(paths.get(i), contents.get(i))) {
                    env.err().printf("%s: same content as an earlier file, read once%n",
                            paths.get(i));
                }
            }
            history = store.history();
        }
        List<String> algorithms = algorithms(history);
        PublicRuns publicRuns = publicRuns(options.target());
        HistoryPlan plan = HistoryEvaluation.plan(new HistorySpec(history, publicRuns, algorithms,
                ks, options.seeds, options.includeOtherContexts, command.threads));
        Path outDir = env.resolve(command.out);
        printPlan(plan, paths.size());
        long started = System.nanoTime();
        HistoryResults results = HistoryEvaluation.run(plan, methods, outDir,
                new EvaluationProgress(env));
        double seconds = (System.nanoTime() - started) / 1e9;
        printVerdicts(results);
        env.out().printf(Locale.ROOT, "%d cases in %.1f s; results written to %s "
                + "(results.csv, report.md with the verdict, charts)%n",
                results.results().cases().size(), seconds, outDir);
        return 0;
    }

    private void read(Optional<DatasetFormat> format, List<Path> paths,
            List<List<RunRecord>> contents) throws IOException {
        for (Path file : command.history.files) {
            Path path = env.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no such file: " + path);
            }
            paths.add(path);
            contents.add(format.orElseGet(() -> DatasetFormat.detect(path)).reader(null).read(path));
        }
    }

    private List<String> algorithms(UserHistory history) {
        EvaluateCommand.Which which = command.which;
        List<String> wanted = which == null || which.all ? List.of() : which.algorithms;
        for (String a : wanted) {
            if (!history.algorithms().contains(a)) {
                throw new UsageException("unknown algorithm '" + a + "' for --history; your "
                        + "files have: " + String.join(", ", history.algorithms()));
            }
        }
        return wanted;
    }

    private PublicRuns publicRuns(Optional<TrainingTarget> target) throws IOException {
        if (target.isEmpty()) {
            return PublicRuns.NONE;
        }
        Path dataDir = new Workspace(env, command.state).dataDir();
        return PublicRuns.of(DatasetCatalog.scan(dataDir), target.get());
    }

    private void printPlan(HistoryPlan plan, int files) {
        HistorySpec spec = plan.spec();
        env.err().printf(Locale.ROOT, "evaluate --history: %d runs in %d contexts of %s from %d "
                + "file%s; %d cases, methods %s, %d threads%n", spec.history().runCount(),
                spec.history().contextCount(), String.join(", ", spec.history().algorithms()),
                files, files == 1 ? "" : "s", plan.cases().size(), String.join(",", command.methods),
                spec.threads());
        for (PretrainingPlan p : plan.pretraining()) {
            env.err().printf("pre-training for %s: %s%n", String.join(", ", p.served()),
                    p.describe());
        }
        plan.notes().forEach(n -> env.err().println("note: " + n));
        env.err().flush();
    }

    private void printVerdicts(HistoryResults results) {
        env.out().println("verdict per algorithm (mean relative error over the test points; "
                + "details in report.md):");
        for (AlgorithmVerdict v : results.verdicts()) {
            env.out().println(v.algorithm() + ": " + v.summary());
            for (KVerdict k : v.ks()) {
                env.out().println("  " + k.sentence());
            }
        }
        for (SkippedMethod s : results.skipped()) {
            env.out().println("skipped: " + s.describe());
        }
    }
}
