package io.bellamy.spark;

import io.bellamy.training.EngineSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.spark.TaskEndReason;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** A Spark context on {@code local[2]} that retries a failed task once, and what it ran. */
final class LocalSpark implements AutoCloseable {

    /** Spark's name of a task that threw. */
    private static final String EXCEPTION = "ExceptionFailure";

    private final JavaSparkContext spark;
    private final List<String> taskEnds = new ArrayList<>();
    private int jobs;

    LocalSpark() {
        spark = new JavaSparkContext(SparkConfs.of(new EngineSettings("local[2]",
                Map.of("spark.task.maxFailures", "2"), "test")));
        spark.sc().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                synchronized (LocalSpark.this) {
                    jobs++;
                }
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                TaskEndReason reason = end.reason();
                synchronized (LocalSpark.this) {
                    taskEnds.add(reason.getClass().getSimpleName().replace("$", ""));
                }
            }
        });
    }

    JavaSparkContext context() {
        return spark;
    }

    /** Forgets what ran so far. */
    void reset() {
        drain();
        synchronized (this) {
            taskEnds.clear();
            jobs = 0;
        }
    }

    /** Tasks that ended since the last reset. */
    int tasks() {
        drain();
        synchronized (this) {
            return taskEnds.size();
        }
    }

    /** Tasks that threw since the last reset (not counting tasks Spark killed). */
    long failedTasks() {
        drain();
        synchronized (this) {
            return taskEnds.stream().filter(EXCEPTION::equals).count();
        }
    }

    /** Jobs started since the last reset. */
    int jobs() {
        drain();
        synchronized (this) {
            return jobs;
        }
    }

    /** Waits (without holding the lock) until the listener has heard everything so far. */
    private void drain() {
        try {
            spark.sc().listenerBus().waitUntilEmpty();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Spark's listener bus did not drain", e);
        }
    }

    @Override
    public void close() {
        spark.stop();
    }
}
