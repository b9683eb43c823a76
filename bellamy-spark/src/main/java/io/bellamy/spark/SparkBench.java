package io.bellamy.spark;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.C3oReader;
import io.bellamy.data.DataDirResolver;
import io.bellamy.data.RunRecord;
import io.bellamy.model.ModelFile;
import io.bellamy.training.EngineSettings;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.PretrainResult;
import io.bellamy.training.Pretrainer;
import io.bellamy.tuning.SearchMode;
import io.bellamy.tuning.TrialEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the Spark engine against the local one: Spark's start-up (a context on
 * {@code --master} and its first job), and the wall time of the same search (C3O, default
 * search unless told otherwise) with its trials on the local pool and as Spark tasks, both
 * rung-synchronous, plus the local asynchronous search for reference. Prints medians.
 */
@Command(name = "spark-bench", mixinStandardHelpOptions = true,
        description = "Spark start-up and search wall time, Spark engine vs local engine.")
public final class SparkBench implements Callable<Integer> {

    private final PrintWriter out;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master.")
    String master;

    @Option(names = {"-a", "--algorithm"}, defaultValue = "grep", description = "C3O algorithm.")
    String algorithm;

    @Option(names = "--trials", description = "Trials (default: the configuration's, 12).")
    Integer trials;

    @Option(names = "--max-epochs", description = "Epochs (default: the configuration's, 2500).")
    Integer maxEpochs;

    @Option(names = "--repeats", defaultValue = "3", description = "Searches per engine.")
    int repeats;

    @Option(names = "--starts", defaultValue = "3", description = "Spark starts to time.")
    int starts;

    @Option(names = "--data-dir", description = "Data directory with c3o/ALG.tsv.")
    String dataDir;

    SparkBench(PrintWriter out) {
        this.out = out;
    }

    /** Runs the benchmark; see {@code --help}. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        int code = new CommandLine(new SparkBench(out)).execute(args);
        out.flush();
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        Path data = new DataDirResolver(System.getenv(), Path.of("").toAbsolutePath())
                .resolve(dataDir);
        List<RunRecord> records = C3oReader.fromFileName().read(
                data.resolve("c3o/" + algorithm + ".tsv"));
        BellamyConfig config = BellamyConfig.defaults();
        if (trials != null) {
            config = config.withSearch(config.search().withTrials(trials));
        }
        if (maxEpochs != null) {
            config = config.withModel(config.model().withEpochs(maxEpochs));
        }
        PretrainOptions options = PretrainOptions.search(config, config.seed());
        out.printf(Locale.ROOT, "spark-bench on %d cores: c3o %s, %d runs, %d trials, up to %d "
                + "epochs, master %s%n", Runtime.getRuntime().availableProcessors(), algorithm,
                records.size(), config.search().trials(), config.model().epochs(), master);

        double[] startSeconds = new double[starts];
        double[] firstJobSeconds = new double[starts];
        JavaSparkContext spark = null;
        for (int i = 0; i < starts; i++) {
            if (spark != null) {
                spark.stop();
            }
            long t0 = System.nanoTime();
            spark = new JavaSparkContext(SparkConfs.of(new EngineSettings(master, Map.of(),
                    "bench")));
            long t1 = System.nanoTime();
            spark.parallelize(List.of(1, 2), 2).count();
            startSeconds[i] = (t1 - t0) / 1e9;
            firstJobSeconds[i] = (System.nanoTime() - t1) / 1e9;
        }
        out.printf(Locale.ROOT, "spark start-up: context %.2f s the first time in this JVM, "
                + "then median %.2f s; its first job %.2f s, then median %.2f s%n",
                startSeconds[0], median(Arrays.copyOfRange(startSeconds, 1, starts)),
                firstJobSeconds[0], median(Arrays.copyOfRange(firstJobSeconds, 1, starts)));

        int parallelism = spark.defaultParallelism();
        double[] local = new double[repeats];
        double[] onSpark = new double[repeats];
        double[] async = new double[repeats];
        double[] ratio = new double[repeats];
        boolean identical = true;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            PretrainResult a = new Pretrainer("bench", TrialEngine.threads(parallelism),
                    SearchMode.RUNG_SYNCHRONOUS).pretrain("c3o", algorithm, records, options,
                            PretrainListener.NONE);
            local[r] = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            PretrainResult b = new Pretrainer("bench", new SparkTrialEngine(spark),
                    SearchMode.RUNG_SYNCHRONOUS).pretrain("c3o", algorithm, records, options,
                            PretrainListener.NONE);
            onSpark[r] = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            new Pretrainer("bench", TrialEngine.threads(parallelism), SearchMode.ASYNC)
                    .pretrain("c3o", algorithm, records, options, PretrainListener.NONE);
            async[r] = (System.nanoTime() - t0) / 1e9;
            ratio[r] = onSpark[r] / local[r];
            identical &= ModelFile.sha256(a.model().weights())
                    .equals(ModelFile.sha256(b.model().weights()));
            out.printf(Locale.ROOT, "run %d: local rung-synchronous %.1f s, spark %.1f s "
                    + "(%+.0f%%), local asynchronous %.1f s%n", r + 1, local[r], onSpark[r],
                    100 * (ratio[r] - 1), async[r]);
        }
        spark.stop();
        out.printf(Locale.ROOT, "search wall time, median of %d: local rung-synchronous %.1f s, "
                + "spark engine (%s) %.1f s, local asynchronous %.1f s; spark vs local, median "
                + "of the runs' ratios: %+.0f%%; spark and local models identical: %s%n",
                repeats, median(local), master, median(onSpark), median(async),
                100 * (median(ratio) - 1), identical ? "yes" : "NO");
        return 0;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
