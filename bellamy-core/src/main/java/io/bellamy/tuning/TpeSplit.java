package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Optuna's split of observed trials into the good set ("below", fitted by {@code l(x)}) and the
 * rest ("above", fitted by {@code g(x)}), for a minimised single objective.
 *
 * <p>Follows {@code default_gamma} and {@code _split_complete_trials_single_objective} of
 * Optuna 5.0 ({@code optuna/samplers/_tpe/sampler.py}): the number of good trials is
 * {@code min(ceil(0.1 * n), 25)}; trials are ranked by value with a stable sort (ties keep
 * trial-number order) and each set is returned in trial-number order.
 */
final class TpeSplit {

    /** The two sets, each in trial-number order. */
    record Split(List<FinishedTrial> below, List<FinishedTrial> above) {
    }

    private TpeSplit() {
    }

    /** Optuna's {@code default_gamma}: how many of {@code n} observations are "good". */
    static int nBelow(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of observations must be >= 0, got " + n);
        }
        return Math.min((int) Math.ceil(0.1 * n), 25);
    }

    /**
     * Splits observations (non-failed trials with finite values) by {@link #nBelow(int)}.
     *
     * @param observations the observed trials in any order; not modified
     */
    static Split split(List<FinishedTrial> observations) {
        List<FinishedTrial> byValue = new ArrayList<>(observations);
        byValue.sort(Comparator.comparingInt(FinishedTrial::number));
        byValue.sort(Comparator.comparingDouble(FinishedTrial::value));
        int nBelow = nBelow(observations.size());
        List<FinishedTrial> below = new ArrayList<>(byValue.subList(0, nBelow));
        List<FinishedTrial> above = new ArrayList<>(byValue.subList(nBelow, byValue.size()));
        below.sort(Comparator.comparingInt(FinishedTrial::number));
        above.sort(Comparator.comparingInt(FinishedTrial::number));
        return new Split(List.copyOf(below), List.copyOf(above));
    }
}
