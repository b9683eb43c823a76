package io.bellamy.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * What a history evaluation evaluates: each context of the user's history by the
 * cross-environment protocol of SPEC §8.
 *
 * @param history the user's contexts
 * @param publicRuns what the networks pre-train on
 * @param algorithms the algorithms to evaluate; empty for every one of the history
 * @param ks the numbers of given scale-outs, distinct and >= 0
 * @param seeds the seeded choices per k >= 1 (one for k = 0, whose choice is empty); the
 *     cross-environment variant's is {@value CaseGenerator#BELL_REPS}
 * @param includeOtherContexts whether the networks also pre-train on the user's other contexts
 *     of the algorithm (never the context under test); they always do for an algorithm without
 *     public runs
 * @param threads worker threads, at least 1
 */
public record HistorySpec(UserHistory history, PublicRuns publicRuns, List<String> algorithms,
        List<Integer> ks, int seeds, boolean includeOtherContexts, int threads) {

    /** Validates and copies; an algorithm must be one of the history's. */
    public HistorySpec {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(publicRuns, "publicRuns");
        algorithms = List.copyOf(algorithms);
        ks = List.copyOf(ks);
        if (ks.isEmpty() || ks.stream().anyMatch(k -> k < 0) || ks.stream().distinct().count() != ks.size()) {
            throw new IllegalArgumentException("ks must be distinct numbers >= 0, got " + ks);
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        for (String a : algorithms) {
            history.contexts(a);
        }
    }

    /** The algorithms evaluated: the given ones, or every one of the history, sorted. */
    public List<String> evaluatedAlgorithms() {
        return algorithms.isEmpty() ? history.algorithms()
                : algorithms.stream().distinct().sorted().toList();
    }
}
