package io.bellamy.evaluation;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One context of a user's runtime history: every run with the same non-scale-out properties
 * except memory and slots (SPEC §8).
 *
 * @param id the name in reports, {@code <algorithm>-hNN} (contexts numbered per algorithm in
 *     {@link ContextKey} order)
 * @param key the context
 * @param runs its runs in the order they were stored, at least one, all of {@code key}
 */
public record HistoryContext(String id, ContextKey key, List<RunRecord> runs) {

    /** Validates and copies. */
    public HistoryContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("context " + id + " has no run");
        }
        for (RunRecord r : runs) {
            if (!r.context().equals(key)) {
                throw new IllegalArgumentException("run " + r + " is not of context " + id + " "
                        + key);
            }
        }
    }

    /** The distinct scale-outs, ascending. */
    public List<Integer> scaleOuts() {
        return runs.stream().map(RunRecord::instanceCount).distinct().sorted().toList();
    }

    /**
     * The context's properties as text in a fixed order: machine type, job arguments, data size
     * (without a fractional part when it has none), data characteristics, environment, job type.
     */
    public List<String> properties() {
        return List.of(key.machineType(), key.jobArgs(),
                BigDecimal.valueOf(key.dataSizeMB()).stripTrailingZeros().toPlainString(),
                key.dataCharacteristics(), key.environment(), key.jobType());
    }
}
