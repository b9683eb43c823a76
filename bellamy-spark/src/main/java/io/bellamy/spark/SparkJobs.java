package io.bellamy.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.function.BiConsumer;
import org.apache.spark.SparkException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs one Spark job over every partition of an RDD and hands each partition's result to the
 * driver as soon as its task succeeds, so that the results of finished tasks survive a job that
 * fails later (Spark's {@code SparkContext.runJob} with a result handler, wrapped for Java).
 */
final class SparkJobs {

    private SparkJobs() {
    }

    /**
     * What a task computes from its partition; serialised to the executors.
     *
     * @param <T> the element type
     * @param <U> the result type, serialisable
     */
    @FunctionalInterface
    interface PartitionFunction<T, U> extends Serializable {
        /** The partition's result. */
        U apply(TaskContext context, Iterator<T> elements);
    }

    /**
     * Runs the job and waits for it.
     *
     * @param handler called on a Spark scheduler thread with (partition index, result) for each
     *     task that succeeds, before this method returns; must not throw
     * @throws SparkException if the job fails, e.g. a task failed on every attempt; the handler
     *     has then seen the partitions that succeeded
     */
    static <T, U> void run(JavaRDD<T> rdd, PartitionFunction<T, U> function,
            BiConsumer<Integer, U> handler) throws SparkException {
        @SuppressWarnings("unchecked")
        ClassTag<U> tag = (ClassTag<U>) (ClassTag<?>) ClassTag$.MODULE$.AnyRef();
        try {
            rdd.context().runJob(rdd.rdd(), new OnExecutor<>(function), new OnDriver<>(handler),
                    tag);
        } catch (Exception e) {
            // Scala declares nothing: a failed job's SparkException arrives undeclared
            if (e instanceof SparkException failed) {
                throw failed;
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the Spark job failed", e);
        }
    }

    /** The Scala function Spark serialises and calls in each task. */
    private static final class OnExecutor<T, U>
            extends AbstractFunction2<TaskContext, scala.collection.Iterator<T>, U>
            implements Serializable {
        private final PartitionFunction<T, U> function;

        OnExecutor(PartitionFunction<T, U> function) {
            this.function = function;
        }

        @Override
        public U apply(TaskContext context, scala.collection.Iterator<T> elements) {
            return function.apply(context, CollectionConverters.asJava(elements));
        }
    }

    /** The Scala result handler, called on the driver. */
    private static final class OnDriver<U> extends AbstractFunction2<Object, U, BoxedUnit> {
        private final BiConsumer<Integer, U> handler;

        OnDriver(BiConsumer<Integer, U> handler) {
            this.handler = handler;
        }

        @Override
        public BoxedUnit apply(Object partition, U result) {
            handler.accept((Integer) partition, result);
            return BoxedUnit.UNIT;
        }
    }
}
