package io.bellamy.evaluation;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The C3O contexts of one algorithm, sorted as tuples of the file's strings and numbered in
 * that order ({@code grep-c00}, {@code grep-c01}, ...), with each context's runs in file order.
 */
final class ContextIndex {

    /** Python's ordering of tuples of strings: element by element, a prefix first. */
    static final Comparator<List<String>> TUPLE_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final String algorithm;
    private final List<String> columns;
    private final List<String> ids;
    private final Map<String, List<String>> keys = new HashMap<>();
    private final Map<String, ContextKey> contextKeys = new HashMap<>();
    private final Map<String, List<RunRecord>> runs = new HashMap<>();
    private final List<RunRecord> allRuns;

    private ContextIndex(String algorithm, List<String> columns,
            TreeMap<List<String>, List<RunRecord>> byKey, List<RunRecord> allRuns) {
        this.algorithm = algorithm;
        this.columns = columns;
        this.allRuns = List.copyOf(allRuns);
        List<String> ordered = new ArrayList<>();
        int i = 0;
        for (Map.Entry<List<String>, List<RunRecord>> e : byKey.entrySet()) {
            String id = String.format("%s-c%02d", algorithm, i++);
            ordered.add(id);
            keys.put(id, e.getKey());
            contextKeys.put(id, e.getValue().get(0).context());
            runs.put(id, List.copyOf(e.getValue()));
        }
        this.ids = List.copyOf(ordered);
    }

    /**
     * Indexes the C3O runs of one algorithm.
     *
     * @param algorithm the algorithm every run must have
     * @param records its runs, in file order (not modified)
     * @throws IllegalArgumentException when a run is of another algorithm, when there is no
     *     run, or when file strings and contexts do not correspond one to one
     */
    static ContextIndex of(String algorithm, List<RunRecord> records) {
        C3oContextColumns columns = C3oContextColumns.of(algorithm);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no C3O run of algorithm " + algorithm);
        }
        TreeMap<List<String>, List<RunRecord>> byKey = new TreeMap<>(TUPLE_ORDER);
        Map<ContextKey, List<String>> keyOfContext = new LinkedHashMap<>();
        for (RunRecord r : records) {
            if (!r.algorithm().equals(algorithm)) {
                throw new IllegalArgumentException("run of algorithm " + r.algorithm()
                        + " among the C3O runs of " + algorithm);
            }
            List<String> key = columns.key(r);
            List<String> previous = keyOfContext.putIfAbsent(r.context(), key);
            if (previous != null && !previous.equals(key)) {
                throw new IllegalArgumentException("context " + r.context() + " has two keys: "
                        + previous + " and " + key);
            }
            List<RunRecord> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (!same.isEmpty() && !same.get(0).context().equals(r.context())) {
                throw new IllegalArgumentException("key " + key + " covers two contexts: "
                        + same.get(0).context() + " and " + r.context());
            }
            same.add(r);
        }
        return new ContextIndex(algorithm, columns.columns(), byKey, records);
    }

    String algorithm() {
        return algorithm;
    }

    /** The context column names in file order. */
    List<String> columns() {
        return columns;
    }

    /** The context ids in sorted-key order. */
    List<String> ids() {
        return ids;
    }

    /** The file strings of a context. */
    List<String> key(String id) {
        return require(keys, id);
    }

    /** The context of an id. */
    ContextKey context(String id) {
        return require(contextKeys, id);
    }

    /** Every run of the algorithm, in file order. */
    List<RunRecord> allRuns() {
        return allRuns;
    }

    /** The runs of a context, in file order. */
    List<RunRecord> runs(String id) {
        return require(runs, id);
    }

    private <T> T require(Map<String, T> map, String id) {
        T value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("no C3O context '" + id + "' for algorithm "
                    + algorithm + " (it has " + ids.size() + ": " + (ids.isEmpty() ? "none"
                    : ids.get(0) + " .. " + ids.get(ids.size() - 1)) + ")");
        }
        return value;
    }
}
