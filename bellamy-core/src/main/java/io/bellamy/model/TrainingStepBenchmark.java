package io.bellamy.model;

import io.bellamy.data.RunRecord;
import io.bellamy.features.EncodedBatch;
import io.bellamy.features.FeaturePipeline;
import io.bellamy.nn.Adam;
import io.bellamy.nn.AdamConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Measures one {@link BellamyNetwork#trainStep training step} (forward, composite loss, backward,
 * Adam) on random inputs of the real shapes, or on given records (e.g. real encoded runs, whose
 * property vectors repeat and which the network then encodes once per distinct vector): the
 * median wall time per step after warm-up, the
 * thread CPU time per step, and the bytes the thread allocates per step
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, when the JVM offers it).
 * Runs on the calling thread; prints nothing.
 */
public final class TrainingStepBenchmark {

    /**
     * What to measure.
     *
     * @param config the network shape (dropout included)
     * @param objective the loss of the step
     * @param frozen the sub-networks frozen during the steps
     * @param dropoutEnabled whether the steps apply alpha dropout
     * @param records the number of random records mini-batches are drawn from, {@code >= 1}
     * @param warmupSteps steps run before measuring (JIT warm-up), {@code >= 0}
     * @param measuredSteps steps timed, {@code >= 1}
     * @param seed seed of the weights, the data and the steps
     */
    public record Settings(NetworkConfig config, Objective objective, Set<NetworkPart> frozen,
            boolean dropoutEnabled, int records, int warmupSteps, int measuredSteps, long seed) {

        /** Validates the counts and copies the set. */
        public Settings {
            Objects.requireNonNull(config, "config");
            Objects.requireNonNull(objective, "objective");
            frozen = Set.copyOf(frozen);
            if (records < 1) {
                throw new IllegalArgumentException("records must be >= 1, got " + records);
            }
            if (warmupSteps < 0) {
                throw new IllegalArgumentException("warm-up steps must be >= 0, got " + warmupSteps);
            }
            if (measuredSteps < 1) {
                throw new IllegalArgumentException("measured steps must be >= 1, got "
                        + measuredSteps);
            }
        }

        /**
         * A pre-training step (SPEC §5): Bellamy's shape, dropout 0.1 enabled, composite loss,
         * nothing frozen; 1024 random records, 20 000 warm-up and 20 000 timed steps.
         */
        public static Settings pretraining() {
            return new Settings(NetworkConfig.withDropout(0.1), Objective.PRETRAINING,
                    Set.of(), true, 1024, 20_000, 20_000, 42L);
        }

        /**
         * A fine-tuning step (SPEC §6): runtime loss only, dropout off, only the combination net
         * trainable; otherwise as {@link #pretraining()}.
         */
        public static Settings fineTuning() {
            return new Settings(NetworkConfig.withDropout(0.1), Objective.FINE_TUNING,
                    EnumSet.of(NetworkPart.SCALE_OUT, NetworkPart.ENCODER, NetworkPart.DECODER),
                    false, 1024, 20_000, 20_000, 42L);
        }

        /** These settings with other step counts. */
        public Settings withSteps(int warmup, int measured) {
            return new Settings(config, objective, frozen, dropoutEnabled, records, warmup,
                    measured, seed);
        }
    }

    /**
     * The measurement.
     *
     * @param batchSize rows per step
     * @param measuredSteps steps timed
     * @param p10Micros 10th percentile of the wall time per step, microseconds (the least disturbed
     *     steps on a busy machine)
     * @param medianMicros median wall time per step, microseconds
     * @param p90Micros 90th percentile of the wall time per step, microseconds
     * @param cpuMicrosPerStep thread CPU time per step (mean), microseconds; NaN if unsupported
     * @param allocatedBytesPerStep bytes allocated by the thread per step (mean over the timed
     *     steps); NaN if the JVM cannot measure it
     * @param finalLoss the loss of the last step (a sanity check: finite)
     */
    public record Result(int batchSize, int measuredSteps, double p10Micros, double medianMicros,
            double p90Micros,
            double cpuMicrosPerStep, double allocatedBytesPerStep, double finalLoss) {
    }

    private TrainingStepBenchmark() {
    }

    /** Runs the benchmark described by {@code settings} on random records. */
    public static Result run(Settings settings) {
        return run(settings, null);
    }

    /**
     * Runs the benchmark described by {@code settings} on the records of {@code data} (e.g. real
     * encoded runs, whose property vectors repeat and are sparse), or on random records when
     * {@code data} is null; {@link Settings#records()} is then ignored.
     *
     * @param data records with targets and the configured encoding size, or null
     */
    public static Result run(Settings settings, NetworkInput data) {
        NetworkConfig config = settings.config();
        SplittableRandom rng = new SplittableRandom(settings.seed());
        SplittableRandom dataRng = rng.split();
        NetworkInput input = data != null ? data
                : randomInput(settings.records(), config.encodingSize(), dataRng);
        if (!input.hasTarget() || input.rows() < 1) {
            throw new IllegalArgumentException("benchmark data needs at least one row with targets");
        }
        BellamyNetwork network = new BellamyNetwork(config, rng.nextLong());
        for (NetworkPart part : settings.frozen()) {
            network.setFrozen(part, true);
        }
        network.setDropoutEnabled(settings.dropoutEnabled());
        Adam adam = new Adam(network.parameters(), AdamConfig.withWeightDecay(1e-4));
        StepResult result = new StepResult();
        int batch = Math.min(config.maxBatchSize(), input.rows());
        int[] order = new int[input.rows()];
        Arrays.setAll(order, i -> i);
        SplittableRandom stepRng = rng.split();
        Cursor cursor = new Cursor(order, batch);

        for (int s = 0; s < settings.warmupSteps(); s++) {
            int from = cursor.next(stepRng);
            network.trainStep(input, order, from, from + batch, settings.objective(), adam, 1e-3,
                    stepRng, result);
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocation =
                threads instanceof com.sun.management.ThreadMXBean t
                        && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()
                        ? t : null;
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long threadId = Thread.currentThread().getId();
        long[] nanos = new long[settings.measuredSteps()];
        long bytesBefore = allocation == null ? 0 : allocation.getThreadAllocatedBytes(threadId);
        long cpuBefore = cpu ? threads.getCurrentThreadCpuTime() : 0;
        for (int s = 0; s < nanos.length; s++) {
            int from = cursor.next(stepRng);
            long t0 = System.nanoTime();
            network.trainStep(input, order, from, from + batch, settings.objective(), adam, 1e-3,
                    stepRng, result);
            nanos[s] = System.nanoTime() - t0;
        }
        long cpuAfter = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long bytesAfter = allocation == null ? 0 : allocation.getThreadAllocatedBytes(threadId);

        Arrays.sort(nanos);
        double p10 = nanos[nanos.length / 10] / 1e3;
        double median = nanos[nanos.length / 2] / 1e3;
        double p90 = nanos[(int) Math.min(nanos.length - 1L, (long) (nanos.length * 0.9))] / 1e3;
        double cpuPerStep = cpu ? (cpuAfter - cpuBefore) / 1e3 / nanos.length : Double.NaN;
        double bytesPerStep = allocation == null ? Double.NaN
                : (double) (bytesAfter - bytesBefore) / nanos.length;
        return new Result(batch, nanos.length, p10, median, p90, cpuPerStep, bytesPerStep,
                result.loss());
    }

    /**
     * Real records as the benchmark's data: encoded by the prototype's feature pipeline
     * ({@link FeaturePipeline#PROTOTYPE}) fitted on them, as pre-training encodes them.
     *
     * @param records runs with their runtimes, at least one
     */
    public static NetworkInput encode(List<RunRecord> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("benchmark data needs at least one run");
        }
        EncodedBatch batch = FeaturePipeline.PROTOTYPE.fit(records).transform(records);
        return new NetworkInput(batch.scaleOut(), batch.essential(), batch.optional(),
                batch.optionalMask(), batch.target());
    }

    /** Walks through a permutation in batches, reshuffling it at the start of every pass. */
    private static final class Cursor {
        private final int[] order;
        private final int batch;
        private int position;

        Cursor(int[] order, int batch) {
            this.order = order;
            this.batch = batch;
            this.position = order.length;
        }

        int next(SplittableRandom rng) {
            if (position + batch > order.length) {
                for (int i = order.length - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int tmp = order[i];
                    order[i] = order[j];
                    order[j] = tmp;
                }
                position = 0;
            }
            int from = position;
            position += batch;
            return from;
        }
    }

    /**
     * Random records of the real shapes: scale-out features in [0, 1]; property vectors with the
     * text flag (0) and an L2-normalised signed hashing-like vector, or the numeric flag (1) and
     * random bits; every optional property present; runtimes in [50, 500] s.
     */
    static NetworkInput randomInput(int n, int e, SplittableRandom rng) {
        double[] scaleOut = new double[n * NetworkConfig.SCALE_OUT_FEATURES];
        for (int i = 0; i < scaleOut.length; i++) {
            scaleOut[i] = rng.nextDouble();
        }
        double[] essential = new double[n * NetworkConfig.ESSENTIAL_PROPERTIES * e];
        double[] optional = new double[n * NetworkConfig.OPTIONAL_PROPERTIES * e];
        fillProperties(essential, e, new boolean[] {false, false, true, false, false}, rng);
        fillProperties(optional, e, new boolean[] {false, true, true}, rng);
        double[] mask = new double[n * NetworkConfig.OPTIONAL_PROPERTIES];
        Arrays.fill(mask, 1.0);
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = 50 + 450 * rng.nextDouble();
        }
        return new NetworkInput(scaleOut, essential, optional, mask, target);
    }

    private static void fillProperties(double[] values, int e, boolean[] numeric,
            SplittableRandom rng) {
        int properties = numeric.length;
        for (int v = 0; v < values.length / e; v++) {
            int base = v * e;
            if (numeric[v % properties]) {
                values[base] = 1.0;
                for (int j = 1; j < e; j++) {
                    values[base + j] = rng.nextBoolean() ? 1.0 : 0.0;
                }
            } else {
                values[base] = 0.0;
                double norm = 0;
                for (int j = 1; j < e; j++) {
                    double x = rng.nextInt(4) == 0 ? (rng.nextBoolean() ? 1.0 : -1.0) : 0.0;
                    values[base + j] = x;
                    norm += x * x;
                }
                if (norm > 0) {
                    double scale = 1.0 / Math.sqrt(norm);
                    for (int j = 1; j < e; j++) {
                        values[base + j] *= scale;
                    }
                }
            }
        }
    }
}
