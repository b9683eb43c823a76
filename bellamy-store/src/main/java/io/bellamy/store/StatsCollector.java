package io.bellamy.store;

import io.bellamy.data.ContextKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Gathers (context, scale-out, runtime) rows in any order into a {@link StoreStats}. */
final class StatsCollector {

    private final Map<String, Map<ContextKey, Map<Integer, List<Double>>>> runtimes =
            new TreeMap<>();

    /** Counts one run. */
    void add(ContextKey context, int instanceCount, double runtime) {
        runtimes.computeIfAbsent(context.algorithm(), a -> new TreeMap<>())
                .computeIfAbsent(context, c -> new TreeMap<>())
                .computeIfAbsent(instanceCount, n -> new ArrayList<>())
                .add(runtime);
    }

    /** The statistics of the runs counted so far. */
    StoreStats build() {
        List<StoreStats.AlgorithmStats> algorithms = new ArrayList<>();
        int total = 0;
        for (var algorithm : runtimes.entrySet()) {
            List<StoreStats.ContextStats> contexts = new ArrayList<>();
            int algorithmRuns = 0;
            for (var context : algorithm.getValue().entrySet()) {
                List<StoreStats.ScaleOutStats> scaleOuts = new ArrayList<>();
                int contextRuns = 0;
                for (var scaleOut : context.getValue().entrySet()) {
                    double[] sorted = scaleOut.getValue().stream()
                            .mapToDouble(Double::doubleValue).sorted().toArray();
                    scaleOuts.add(new StoreStats.ScaleOutStats(scaleOut.getKey(), sorted.length,
                            sorted[0], median(sorted), sorted[sorted.length - 1]));
                    contextRuns += sorted.length;
                }
                contexts.add(new StoreStats.ContextStats(context.getKey(), contextRuns, scaleOuts));
                algorithmRuns += contextRuns;
            }
            algorithms.add(new StoreStats.AlgorithmStats(algorithm.getKey(), algorithmRuns,
                    contexts));
            total += algorithmRuns;
        }
        return new StoreStats(total, algorithms);
    }

    /** The median of a non-empty ascending array: the middle value, or the mean of the two. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
