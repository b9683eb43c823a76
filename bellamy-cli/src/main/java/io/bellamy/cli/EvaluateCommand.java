package io.bellamy.cli;

import io.bellamy.config.BellamyConfig;
import io.bellamy.evaluation.ErrorStats;
import io.bellamy.evaluation.EvaluationMethod;
import io.bellamy.evaluation.EvaluationResults;
import io.bellamy.evaluation.EvaluationRun;
import io.bellamy.evaluation.EvaluationSpec;
import io.bellamy.evaluation.EvaluationVariant;
import io.bellamy.evaluation.RecordSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bellamy evaluate}: the evaluation protocol of SPEC §8 on the dataset files of the data
 * dir, every chosen method side by side; writes results.csv, report.md and charts and prints the
 * pooled mean relative error per k and method. With {@code --history FILE...} it evaluates the
 * user's own history instead ({@link EvaluateHistory}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate Bellamy and the baselines by SPEC §8 (folds of contexts, k given "
                + "scale-outs per context) and write results.csv, report.md and charts.")
final class EvaluateCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @Mixin
    ConfigOption configOption;

    @Option(names = {"-tt", "--training-target"}, paramLabel = "VARIANT", defaultValue = "c3o",
            description = "c3o (folds of C3O contexts) or bell-cross (pre-train on C3O, "
                    + "fine-tune and test on Bell); default: ${DEFAULT-VALUE}.")
    String variant;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = {"-a", "--algorithm"}, paramLabel = "ALG", split = ",",
                description = "Algorithm(s) to evaluate, e.g. grep or grep,sort.")
        List<String> algorithms;

        @Option(names = "--all", description = "Every algorithm (the default).")
        boolean all;
    }

    @Option(names = "--k", paramLabel = "K,..", defaultValue = "0,1,2,3,4,5",
            description = "Numbers of given scale-outs per case; default: ${DEFAULT-VALUE}.")
    String ks;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Fold shuffle seed of generated cases and seed of the methods' random "
                    + "draws; default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "eval-out",
            description = "Output directory; default: ./${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--splits", paramLabel = "FILE",
            description = "Split manifest to take the cases from (e.g. "
                    + "../shared/eval/splits_c3o.json) instead of generating them.")
    Path splits;

    @Option(names = "--search", negatable = true, defaultValue = "false",
            description = "Pre-train Bellamy with the hyperparameter search per fold instead of "
                    + "the fixed reference hyperparameters (default: --no-search).")
    boolean search;

    @Option(names = "--methods", paramLabel = "M,..", split = ",",
            defaultValue = "bellamy,classic,ernest,bell,bell_cv,gbm",
            description = "Methods: bellamy (default predictor), classic (the prototype's fine-tuning), ernest, bell, bell_cv, gbm, bellamy_nopretrain; "
                    + "default: ${DEFAULT-VALUE}.")
    List<String> methods;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Cases evaluated at once; default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--max-epochs", paramLabel = "N", description = "Most pre-training epochs "
            + "(default: model.epochs of the configuration, 2500).")
    Integer maxEpochs;

    @Mixin
    HistoryOptions history;

    EvaluateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (history.requested()) {
            return new EvaluateHistory(env, this).call();
        }
        EvaluationVariant v = parseVariant(variant);
        List<Integer> kList = parseKs(ks);
        if (threads < 1) {
            throw new UsageException("--threads must be >= 1, got " + threads);
        }
        BellamyConfig config = config();
        List<EvaluationMethod> chosen = EvaluationMethods.parse(methods, config, search, seed);
        Path manifest = null;
        if (splits != null) {
            manifest = env.resolve(splits);
            if (!Files.isRegularFile(manifest)) {
                throw new UsageException("--splits: no such file " + manifest);
            }
        }
        Path dataDir = new Workspace(env, state).dataDir();
        RecordSource source = RecordSource.dataDir(dataDir);
        List<String> algorithms = which == null || which.all ? List.of() : which.algorithms;
        checkAlgorithms(v, algorithms, source);
        EvaluationSpec spec = new EvaluationSpec(v, algorithms, kList, seed, manifest, source,
                threads);
        Path outDir = env.resolve(out);
        int cases = EvaluationRun.cases(spec).size();
        env.err().printf(Locale.ROOT, "evaluate %s: %d cases, methods %s, data %s, %d threads%n",
                v.id(), cases, String.join(",", methods), dataDir, threads);
        long started = System.nanoTime();
        EvaluationResults results = EvaluationRun.run(spec, chosen, outDir,
                new EvaluationProgress(env));
        double seconds = (System.nanoTime() - started) / 1e9;
        printHeadline(results, kList);
        env.out().printf(Locale.ROOT, "%d cases in %.1f s; results written to %s "
                + "(results.csv, report.md, charts)%n", results.cases().size(), seconds, outDir);
        return 0;
    }

    /** The configuration with --max-epochs applied. */
    BellamyConfig config() {
        BellamyConfig config = configOption.load(env);
        if (maxEpochs != null) {
            if (maxEpochs < 1) {
                throw new UsageException("--max-epochs must be >= 1, got " + maxEpochs);
            }
            config = config.withModel(config.model().withEpochs(maxEpochs));
        }
        return config;
    }

    private static EvaluationVariant parseVariant(String text) {
        try {
            return EvaluationVariant.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("-tt: " + e.getMessage());
        }
    }

    /** A comma-separated list of distinct numbers >= 0, in the given order. */
    static List<Integer> parseKs(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            int k;
            try {
                k = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new UsageException("--k: '" + part + "' is not a number in '" + text
                        + "'; expected e.g. 0,1,2,3,4,5");
            }
            if (k < 0) {
                throw new UsageException("--k: k must be >= 0, got " + k);
            }
            if (out.contains(k)) {
                throw new UsageException("--k: " + k + " is given twice in '" + text + "'");
            }
            out.add(k);
        }
        return out;
    }

    private static void checkAlgorithms(EvaluationVariant v, List<String> algorithms,
            RecordSource source) throws java.io.IOException {
        List<String> known = v == EvaluationVariant.C3O ? source.c3oAlgorithms()
                : source.bellAlgorithms().stream().filter(source.c3oAlgorithms()::contains)
                        .toList();
        for (String a : algorithms) {
            if (!known.contains(a)) {
                throw new UsageException("unknown algorithm '" + a + "' for " + v.id()
                        + "; valid: " + String.join(", ", known));
            }
        }
    }

    /** The pooled MRE (%) per k and method; "–" where a method cannot predict with k points. */
    private void printHeadline(EvaluationResults results, List<Integer> kList) {
        List<String> names = results.methods();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%3s %5s", "k", "n"));
        for (String m : names) {
            header.append(String.format(Locale.ROOT, " %18s", m));
        }
        env.out().println("pooled mean relative error (%) per k, all test points:");
        env.out().println(header);
        for (int k : kList.stream().sorted().toList()) {
            int n = results.cases().stream().filter(c -> c.k() == k)
                    .mapToInt(c -> c.test().size()).sum();
            if (n == 0) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%3d %5d", k, n));
            for (String m : names) {
                ErrorStats s = results.errors(m, p -> p.evaluationCase().k() == k);
                row.append(s.n() == 0 ? String.format(Locale.ROOT, " %18s", "–")
                        : String.format(Locale.ROOT, " %18.1f", s.percent()));
            }
            env.out().println(row);
        }
    }
}
