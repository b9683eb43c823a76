package io.bellamy.spark;

import io.bellamy.training.EngineSettings;
import io.bellamy.training.PretrainEngine;
import io.bellamy.training.PretrainJob;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainResult;
import io.bellamy.training.Pretrainer;
import io.bellamy.tuning.SearchMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Pre-trains on Apache Spark. One pre-training ({@link #pretrain}) runs its search on the
 * driver and its trials as Spark tasks, rung by rung ({@link SparkTrialEngine},
 * {@link SearchMode#RUNG_SYNCHRONOUS}). Several ({@link #pretrainAll}) run as one Spark job with
 * one task per (training target, algorithm), each task a whole pre-training with its own search
 * as the local engine runs it.
 */
public final class SparkPretrainEngine implements PretrainEngine {

    /** The name of this engine. */
    public static final String NAME = "spark";

    private static final long POLL_MILLIS = 200;

    private final JavaSparkContext spark;
    private final boolean owned;
    private final String codeVersion;
    private final int threads;
    private final TaskFaults faults;

    /**
     * An engine on a running Spark context, which {@link #close} does not stop.
     *
     * @param codeVersion the version recorded in the models' provenance
     */
    public SparkPretrainEngine(JavaSparkContext spark, String codeVersion) {
        this(spark, false, codeVersion, TaskFaults.NONE);
    }

    SparkPretrainEngine(JavaSparkContext spark, boolean owned, String codeVersion,
            TaskFaults faults) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.owned = owned;
        this.codeVersion = Objects.requireNonNull(codeVersion, "codeVersion");
        this.threads = Runtime.getRuntime().availableProcessors();
        this.faults = faults;
    }

    /**
     * Starts a Spark context for the settings ({@link SparkConfs#of}); {@link #close} stops it.
     *
     * @throws IllegalArgumentException if the settings name no master and none was set by
     *     {@code spark-submit}
     */
    public static SparkPretrainEngine open(EngineSettings settings) {
        JavaSparkContext spark = new JavaSparkContext(SparkConfs.of(settings));
        return new SparkPretrainEngine(spark, true, settings.codeVersion(), TaskFaults.NONE);
    }

    /** The Spark context. */
    public JavaSparkContext spark() {
        return spark;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Runs the search on the driver with its trials as Spark tasks; a run without search is one
     * task.
     */
    @Override
    public PretrainResult pretrain(PretrainJob job, PretrainListener listener)
            throws InterruptedException {
        if (!job.options().search()) {
            return pretrainAll(List.of(job), (j, r) -> { }).get(0);
        }
        return new Pretrainer(codeVersion, new SparkTrialEngine(spark, faults),
                SearchMode.RUNG_SYNCHRONOUS).pretrain(job.target(), job.algorithm(),
                        job.records(), job.options(), listener);
    }

    /**
     * Runs one Spark job with one task per pre-training; each task's search uses as many
     * threads as the driver has cores, so that the models equal the local engine's on the
     * driver's machine.
     *
     * @throws IllegalStateException if a pre-training failed on every attempt
     */
    @Override
    public List<PretrainResult> pretrainAll(List<PretrainJob> jobs,
            BiConsumer<PretrainJob, PretrainResult> finished) throws InterruptedException {
        if (jobs.isEmpty()) {
            return List.of();
        }
        List<PretrainTask> tasks = new ArrayList<>();
        for (PretrainJob job : jobs) {
            tasks.add(PretrainTask.of(job, codeVersion, threads));
        }
        BlockingQueue<Arrived> arrivals = new LinkedBlockingQueue<>();
        JavaRDD<PretrainTask> rdd = spark.parallelize(tasks, tasks.size());
        ExecutorService waiter = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bellamy-spark-job");
            thread.setDaemon(true);
            return thread;
        });
        String description = "bellamy pre-training: " + jobs.stream()
                .map(j -> j.target() + "/" + j.algorithm()).collect(Collectors.joining(", "));
        Future<?> job = waiter.submit(() -> {
            spark.setJobDescription(description);
            SparkJobs.run(rdd, (context, partition) -> {
                try {
                    return partition.next().run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("pre-training interrupted", e);
                }
            }, (index, outcome) -> arrivals.add(new Arrived(index, outcome)));
            return null;
        });
        try {
            PretrainResult[] results = new PretrainResult[jobs.size()];
            int received = 0;
            while (received < jobs.size()) {
                Arrived arrived = arrivals.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (arrived != null) {
                    PretrainResult result = arrived.outcome().result();
                    results[arrived.index()] = result;
                    received++;
                    finished.accept(jobs.get(arrived.index()), result);
                } else if (job.isDone() && arrivals.isEmpty()) {
                    rethrow(job, jobs, results);
                }
            }
            return Arrays.asList(results);
        } finally {
            if (!job.isDone()) {
                spark.cancelAllJobs();
            }
            waiter.shutdownNow();
        }
    }

    private static void rethrow(Future<?> job, List<PretrainJob> jobs, PretrainResult[] results)
            throws InterruptedException {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                missing.add(jobs.get(i).algorithm());
            }
        }
        try {
            job.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("pre-training " + String.join(", ", missing)
                    + " failed on Spark: " + SparkTrialRunner.firstLine(e.getCause()),
                    e.getCause());
        }
        throw new IllegalStateException("the Spark job ended without the results of "
                + String.join(", ", missing));
    }

    /** A task's outcome as it reached the driver. */
    private record Arrived(int index, PretrainTask.Outcome outcome) { }

    /** Stops the Spark context if this engine started it. */
    @Override
    public void close() {
        if (owned) {
            spark.stop();
        }
    }
}
