package io.bellamy.evaluation;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A user's runtime history grouped into contexts per algorithm, each context numbered
 * {@code <algorithm>-h00}, {@code -h01}, ... in {@link ContextKey} order.
 */
public final class UserHistory {

    private final Map<String, List<HistoryContext>> byAlgorithm;

    private UserHistory(Map<String, List<HistoryContext>> byAlgorithm) {
        this.byAlgorithm = byAlgorithm;
    }

    /**
     * Numbers the contexts of a history.
     *
     * @param runsByContext each context's runs in stored order (not modified)
     * @throws IllegalArgumentException when there is no context, a context has no run or a run
     *     of another context
     */
    public static UserHistory of(Map<ContextKey, List<RunRecord>> runsByContext) {
        if (runsByContext.isEmpty()) {
            throw new IllegalArgumentException("the history has no run");
        }
        Map<String, List<HistoryContext>> grouped = new TreeMap<>();
        for (Map.Entry<ContextKey, List<RunRecord>> e : new TreeMap<>(runsByContext).entrySet()) {
            List<HistoryContext> contexts = grouped.computeIfAbsent(e.getKey().algorithm(),
                    a -> new ArrayList<>());
            String id = String.format("%s-h%02d", e.getKey().algorithm(), contexts.size());
            contexts.add(new HistoryContext(id, e.getKey(), e.getValue()));
        }
        Map<String, List<HistoryContext>> frozen = new TreeMap<>();
        grouped.forEach((a, c) -> frozen.put(a, List.copyOf(c)));
        return new UserHistory(frozen);
    }

    /** The algorithms, sorted. */
    public List<String> algorithms() {
        return List.copyOf(byAlgorithm.keySet());
    }

    /**
     * The contexts of an algorithm in id order.
     *
     * @throws IllegalArgumentException naming the history's algorithms when it has none of it
     */
    public List<HistoryContext> contexts(String algorithm) {
        List<HistoryContext> c = byAlgorithm.get(Objects.requireNonNull(algorithm, "algorithm"));
        if (c == null) {
            throw new IllegalArgumentException("the history has no run of algorithm '" + algorithm
                    + "'; it has: " + String.join(", ", byAlgorithm.keySet()));
        }
        return c;
    }

    /** The number of contexts of every algorithm. */
    public int contextCount() {
        return byAlgorithm.values().stream().mapToInt(List::size).sum();
    }

    /** The number of runs. */
    public int runCount() {
        return byAlgorithm.values().stream().flatMap(List::stream)
                .mapToInt(c -> c.runs().size()).sum();
    }
}
