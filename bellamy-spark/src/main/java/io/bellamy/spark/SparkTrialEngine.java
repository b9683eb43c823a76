package io.bellamy.spark;

import io.bellamy.tuning.SearchListener;
import io.bellamy.tuning.TrialEngine;
import io.bellamy.tuning.TrialObjective;
import io.bellamy.tuning.TrialRunner;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A {@link TrialEngine} on Apache Spark: each search round (all live trials to their next rung,
 * in {@link io.bellamy.tuning.SearchMode#RUNG_SYNCHRONOUS} mode) is one Spark job with one task
 * per trial. Objectives, states, parameters and payloads travel by Java serialisation; the
 * driver keeps the search (sampler, ASHA, results). For the same seed, concurrency and mode the
 * search's result is the local one.
 */
public final class SparkTrialEngine implements TrialEngine {

    private final JavaSparkContext spark;
    private final TaskFaults faults;

    /** An engine on this Spark context, which it does not stop. */
    public SparkTrialEngine(JavaSparkContext spark) {
        this(spark, TaskFaults.NONE);
    }

    SparkTrialEngine(JavaSparkContext spark, TaskFaults faults) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    /** Spark's default parallelism: the cores of the executors (N for {@code local[N]}). */
    @Override
    public int parallelism() {
        return spark.defaultParallelism();
    }

    @Override
    public boolean isDistributed() {
        return true;
    }

    /**
     * @throws IllegalArgumentException if the objective is not serialisable
     */
    @Override
    public <S, P> TrialRunner<S, P> open(TrialObjective<S, P> objective,
            SearchListener listener) {
        if (!(objective instanceof Serializable)) {
            throw new IllegalArgumentException("a search objective must be Serializable to run "
                    + "on Spark, got " + objective.getClass().getName());
        }
        return new SparkTrialRunner<>(spark, objective, faults);
    }
}
