package io.bellamy.store;

import io.bellamy.data.ContextKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many runs the store holds per algorithm, per context and per scale-out, with the runtime
 * minimum, median and maximum of each scale-out. Lists are sorted: algorithms by name, contexts by
 * {@link ContextKey}'s order, scale-outs ascending.
 *
 * @param runs the number of runs counted
 * @param algorithms one entry per algorithm
 */
public record StoreStats(int runs, List<AlgorithmStats> algorithms) {

    /** Validates the count and copies the list. */
    public StoreStats {
        requireCount(runs);
        algorithms = List.copyOf(algorithms);
    }

    /** The entry of one algorithm, if it has runs. */
    public Optional<AlgorithmStats> algorithm(String name) {
        return algorithms.stream().filter(a -> a.algorithm().equals(name)).findFirst();
    }

    /**
     * The runs of one algorithm.
     *
     * @param algorithm its name
     * @param runs its number of runs
     * @param contexts one entry per context
     */
    public record AlgorithmStats(String algorithm, int runs, List<ContextStats> contexts) {

        /** Validates the count and copies the list. */
        public AlgorithmStats {
            Objects.requireNonNull(algorithm, "algorithm");
            requireCount(runs);
            contexts = List.copyOf(contexts);
        }
    }

    /**
     * The runs of one context.
     *
     * @param context the context
     * @param runs its number of runs
     * @param scaleOuts one entry per scale-out that has runs
     */
    public record ContextStats(ContextKey context, int runs, List<ScaleOutStats> scaleOuts) {

        /** Validates the count and copies the list. */
        public ContextStats {
            Objects.requireNonNull(context, "context");
            requireCount(runs);
            scaleOuts = List.copyOf(scaleOuts);
        }
    }

    /**
     * The runs of one context at one scale-out, and their runtimes in seconds.
     *
     * @param instanceCount the scale-out
     * @param runs the number of runs, at least 1
     * @param minRuntime the fastest runtime
     * @param medianRuntime the median runtime (mean of the two middle ones for an even count)
     * @param maxRuntime the slowest runtime
     */
    public record ScaleOutStats(int instanceCount, int runs, double minRuntime,
            double medianRuntime, double maxRuntime) {

        /** Requires at least one run and min <= median <= max. */
        public ScaleOutStats {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            }
            if (!(minRuntime <= medianRuntime && medianRuntime <= maxRuntime)) {
                throw new IllegalArgumentException("need min <= median <= max, got " + minRuntime
                        + ", " + medianRuntime + ", " + maxRuntime);
            }
        }
    }

    private static void requireCount(int runs) {
        if (runs < 0) {
            throw new IllegalArgumentException("runs must be >= 0, got " + runs);
        }
    }
}
