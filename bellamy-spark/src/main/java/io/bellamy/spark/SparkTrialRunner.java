package io.bellamy.spark;

import io.bellamy.tuning.SearchListener;
import io.bellamy.tuning.TrialObjective;
import io.bellamy.tuning.TrialRunner;
import io.bellamy.tuning.TrialStep;
import io.bellamy.tuning.TrialTask;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a search's tasks on Spark in rounds: the tasks submitted since the last round become one
 * Spark job, one task each, when the search asks for a result; the steps come back together.
 * The objective travels once per search as a broadcast, each task carries the trial's
 * parameters, seed and serialised state.
 *
 * <p>An exception of the objective fails the trial as locally (inside the step). A task that
 * fails otherwise (a lost executor, an {@link Error}, an injected fault) is retried by Spark up
 * to {@code spark.task.maxFailures}; if it fails every attempt, Spark aborts the round's job,
 * the steps of the tasks that finished are kept, and each task without a step runs once more as
 * a job of its own, so that only a task that fails for good is recorded as lost.
 */
final class SparkTrialRunner<S, P> implements TrialRunner<S, P> {

    private final JavaSparkContext spark;
    private final Broadcast<TrialObjective<S, P>> objective;
    private final TaskFaults faults;
    private final List<TrialTask<S>> pending = new ArrayList<>();
    private final Deque<TrialStep<S, P>> finished = new ArrayDeque<>();
    private int outstanding;
    private int rounds;

    SparkTrialRunner(JavaSparkContext spark, TrialObjective<S, P> objective, TaskFaults faults) {
        this.spark = spark;
        this.objective = spark.broadcast(objective);
        this.faults = faults;
    }

    @Override
    public void submit(TrialTask<S> task) {
        pending.add(task);
        outstanding++;
    }

    @Override
    public TrialStep<S, P> take() {
        if (outstanding == 0) {
            throw new IllegalStateException("take() without an outstanding task");
        }
        if (finished.isEmpty()) {
            runRound();
        }
        outstanding--;
        return finished.remove();
    }

    private void runRound() {
        List<TrialTask<S>> tasks = List.copyOf(pending);
        pending.clear();
        rounds++;
        Map<Integer, TrialStep<S, P>> steps = new ConcurrentHashMap<>();
        try {
            run(tasks, "bellamy search round " + rounds + ": " + describe(tasks), steps);
        } catch (SparkException roundFailed) {
            for (int i = 0; i < tasks.size(); i++) {
                if (!steps.containsKey(i)) {
                    steps.put(i, alone(tasks.get(i)));
                }
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            finished.add(steps.get(i));
        }
    }

    /** Runs a task of a failed round as a job of its own; a step, or a lost one. */
    private TrialStep<S, P> alone(TrialTask<S> task) {
        Map<Integer, TrialStep<S, P>> steps = new ConcurrentHashMap<>();
        try {
            run(List.of(task), "bellamy search round " + rounds + ", again: "
                    + describe(List.of(task)), steps);
            return steps.get(0);
        } catch (SparkException failed) {
            return TrialStep.lost(task, "the Spark task failed on every attempt: "
                    + firstLine(failed));
        }
    }

    private void run(List<TrialTask<S>> tasks, String description,
            Map<Integer, TrialStep<S, P>> steps) throws SparkException {
        JavaRDD<TrialTask<S>> rdd = spark.parallelize(tasks, tasks.size());
        Broadcast<TrialObjective<S, P>> shared = objective;
        TaskFaults injected = faults;
        spark.setJobDescription(description);
        try {
            SparkJobs.run(rdd, (context, partition) -> {
                TrialTask<S> task = partition.next();
                injected.beforeTask(task, context.attemptNumber());
                return task.run(shared.value(), SearchListener.NONE);
            }, steps::put);
        } finally {
            spark.setJobDescription(null);
        }
    }

    private static String describe(List<? extends TrialTask<?>> tasks) {
        return tasks.stream().map(t -> "trial " + t.trial() + " to epoch " + t.lastEpoch())
                .collect(Collectors.joining(", "));
    }

    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }

    @Override
    public void close() {
        objective.destroy();
    }
}
