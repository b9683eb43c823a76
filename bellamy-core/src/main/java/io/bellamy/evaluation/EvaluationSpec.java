package io.bellamy.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to evaluate.
 *
 * @param variant C3O folds or the cross-environment variant
 * @param algorithms the algorithms to evaluate; empty for every one the data (or manifest) has
 * @param ks the numbers of given scale-outs, distinct and >= 0 (SPEC §8: 0..5)
 * @param seed the fold shuffle seed when the cases are generated (SPEC §8: 42)
 * @param manifest a split manifest to take the cases from instead of generating them, or
 *     {@code null}
 * @param records where the runs come from
 * @param threads worker threads, at least 1
 */
public record EvaluationSpec(EvaluationVariant variant, List<String> algorithms, List<Integer> ks,
        long seed, Path manifest, RecordSource records, int threads) {

    /** Validates and copies. */
    public EvaluationSpec {
        Objects.requireNonNull(variant, "variant");
        algorithms = List.copyOf(algorithms);
        ks = List.copyOf(ks);
        Objects.requireNonNull(records, "records");
        if (ks.isEmpty() || ks.stream().anyMatch(k -> k < 0) || ks.stream().distinct().count() != ks.size()) {
            throw new IllegalArgumentException("ks must be distinct numbers >= 0, got " + ks);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** SPEC §8's defaults: every algorithm, k = 0..5, seed 42, generated cases, 2 threads. */
    public static EvaluationSpec defaults(EvaluationVariant variant, RecordSource records) {
        return new EvaluationSpec(variant, List.of(), CaseGenerator.DEFAULT_KS,
                CaseGenerator.DEFAULT_SEED, null, records, Evaluator.DEFAULT_THREADS);
    }

    /** This spec with the cases taken from a manifest. */
    public EvaluationSpec withManifest(Path file) {
        return new EvaluationSpec(variant, algorithms, ks, seed, Objects.requireNonNull(file, "file"),
                records, threads);
    }

    /** This spec restricted to some algorithms (empty: all). */
    public EvaluationSpec withAlgorithms(List<String> names) {
        return new EvaluationSpec(variant, names, ks, seed, manifest, records, threads);
    }

    /** This spec with other k values. */
    public EvaluationSpec withKs(List<Integer> values) {
        return new EvaluationSpec(variant, algorithms, values, seed, manifest, records, threads);
    }

    /** This spec with another number of worker threads. */
    public EvaluationSpec withThreads(int count) {
        return new EvaluationSpec(variant, algorithms, ks, seed, manifest, records, count);
    }

    /** The manifest, if the cases come from one. */
    public Optional<Path> manifestFile() {
        return Optional.ofNullable(manifest);
    }
}
