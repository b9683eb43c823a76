package io.bellamy.evaluation;

import io.bellamy.data.DatasetCatalog;
import io.bellamy.data.RunRecord;
import io.bellamy.data.TrainingTarget;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The public runs a history evaluation pre-trains on, per algorithm: those of a training target
 * (SPEC §2.1: {@code c3o}, {@code bell} or {@code all}), or none.
 */
public interface PublicRuns {

    /** No public runs ({@code --pretrain-target none}). */
    PublicRuns NONE = of("none", Map.of());

    /** The name in reports: {@code c3o}, {@code bell}, {@code all} or {@code none}. */
    String name();

    /**
     * The runs of an algorithm in the target's order; empty when the target has none.
     *
     * @throws IOException when a data file cannot be read
     */
    List<RunRecord> runs(String algorithm) throws IOException;

    /**
     * The runs of a training target in a data directory's catalog, loaded as {@code pretrain}
     * loads them ({@link DatasetCatalog#load}).
     */
    static PublicRuns of(DatasetCatalog catalog, TrainingTarget target) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(target, "target");
        return new PublicRuns() {
            @Override
            public String name() {
                return target.id();
            }

            @Override
            public List<RunRecord> runs(String algorithm) throws IOException {
                return catalog.algorithms(target).contains(algorithm)
                        ? catalog.load(target, algorithm) : List.of();
            }
        };
    }

    /** Runs held in memory, per algorithm, under a name. */
    static PublicRuns of(String name, Map<String, List<RunRecord>> runs) {
        Objects.requireNonNull(name, "name");
        Map<String, List<RunRecord>> copy = new TreeMap<>();
        runs.forEach((a, r) -> copy.put(a, List.copyOf(r)));
        return new PublicRuns() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<RunRecord> runs(String algorithm) {
                return copy.getOrDefault(algorithm, List.of());
            }
        };
    }
}
