package io.bellamy.tuning;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a search.
 *
 * @param trials every trial in trial-number order
 * @param rungs ASHA's rungs at the end of the search
 * @param <P> the payload type
 */
public record SearchResult<P>(List<TrialResult<P>> trials, RungTable rungs) {

    /** Keeps unmodifiable copies. */
    public SearchResult {
        trials = List.copyOf(trials);
        Objects.requireNonNull(rungs, "rungs");
    }

    /**
     * The trial with the lowest metric at any epoch among those that did not fail (SPEC §5), the
     * lowest trial number on ties; empty when every trial failed.
     */
    public Optional<TrialResult<P>> best() {
        return trials.stream()
                .filter(trial -> trial.status() != TrialStatus.FAILED && trial.epochsRun() > 0)
                .min(Comparator.comparingDouble((TrialResult<P> trial) -> trial.bestMetric())
                        .thenComparingInt(TrialResult::number));
    }
}
