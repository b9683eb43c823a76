package io.bellamy.tuning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A snapshot of ASHA's rungs: for each milestone, the metric each trial had when it reached it,
 * in the order recorded.
 *
 * @param rungs the rungs in ascending milestone order
 */
public record RungTable(List<Rung> rungs) {

    /** Keeps an unmodifiable copy. */
    public RungTable {
        rungs = List.copyOf(rungs);
    }

    /**
     * One rung.
     *
     * @param milestone the epoch of the rung
     * @param recorded trial number to metric (lower is better), in the order recorded
     * @param cutoff the metric above which a trial arriving now would stop (Ray's cutoff
     *     translated to the metric), empty while nothing is recorded
     */
    public record Rung(int milestone, Map<Integer, Double> recorded, OptionalDouble cutoff) {

        /** Keeps an unmodifiable, order-preserving copy. */
        public Rung {
            Objects.requireNonNull(cutoff, "cutoff");
            recorded = Collections.unmodifiableMap(new LinkedHashMap<>(recorded));
        }
    }

    /**
     * The rung with the given milestone.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Rung rung(int milestone) {
        for (Rung rung : rungs) {
            if (rung.milestone() == milestone) {
                return rung;
            }
        }
        throw new IllegalArgumentException("no rung at epoch " + milestone + "; rungs are at "
                + rungs.stream().map(Rung::milestone).toList());
    }
}
