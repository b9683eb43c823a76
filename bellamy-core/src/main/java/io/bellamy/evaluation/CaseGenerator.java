package io.bellamy.evaluation;

import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Generates the cases of SPEC §8 from the records, by the rules written in the split
 * manifests' {@code meta}, so that the generated cases equal the manifests' exactly:
 *
 * <ul>
 *   <li>contexts of an algorithm sorted as tuples of the file's strings, numbered
 *       {@code <algorithm>-cNN} in that order, shuffled with Python's
 *       {@code random.Random(seed).shuffle} and dealt round-robin into {@value #FOLDS} folds;
 *   <li>for each fold, each context in dealing order and each k: the chosen scale-outs
 *       {@code sorted(random.Random(zlib.crc32(seed_string)).sample(sorted(scale_outs), k))},
 *       with {@code seed_string = "<algorithm>|<key joined by |>|<k>"}; the test points are the
 *       other scale-outs with their median runtime;
 *   <li>cross-environment: the Bell data of an algorithm is one context; for each k,
 *       {@value #BELL_REPS} repetitions ({@code seed_string = "<algorithm>|bell|<k>|<rep>"}),
 *       one for k = 0 (the choices would be identical); pre-training on every C3O context.
 * </ul>
 *
 * <p>A case that would leave no test point (k at least the context's number of scale-outs) is
 * not generated. The fold seed only moves contexts between folds: the choices depend on the
 * seed strings alone, as in the manifests.
 */
public final class CaseGenerator {

    /** The shuffle seed of SPEC §8. */
    public static final long DEFAULT_SEED = 42;
    /** Number of folds. */
    public static final int FOLDS = 5;
    /** Repetitions per k >= 1 of the cross-environment variant. */
    public static final int BELL_REPS = 3;
    /** The k of SPEC §8: 0..5. */
    public static final List<Integer> DEFAULT_KS = List.of(0, 1, 2, 3, 4, 5);

    private CaseGenerator() {
    }

    /**
     * The C3O cases: per algorithm (sorted), fold, context in dealing order, k in the given
     * order.
     *
     * @param c3oRuns per algorithm, its C3O runs in file order (not modified)
     * @param ks the numbers of chosen scale-outs, each >= 0
     * @param seed the fold shuffle seed ({@value #DEFAULT_SEED} in SPEC §8)
     */
    public static List<EvaluationCase> c3o(Map<String, List<RunRecord>> c3oRuns, List<Integer> ks,
            long seed) {
        checkKs(ks);
        List<EvaluationCase> cases = new ArrayList<>();
        for (Map.Entry<String, List<RunRecord>> e : new TreeMap<>(c3oRuns).entrySet()) {
            String algorithm = e.getKey();
            ContextIndex index = ContextIndex.of(algorithm, e.getValue());
            List<List<String>> folds = deal(index.ids(), seed);
            for (int fold = 0; fold < FOLDS; fold++) {
                List<String> pretrain = new ArrayList<>(index.ids());
                pretrain.removeAll(folds.get(fold));
                for (String id : folds.get(fold)) {
                    List<String> key = index.key(id);
                    ScaleOutRuns runs = new ScaleOutRuns(index.runs(id));
                    for (int k : ks) {
                        String seedString = algorithm + "|" + String.join("|", key) + "|" + k;
                        String caseId = "c3o/" + algorithm + "/f" + fold + "/" + id + "/k" + k;
                        choose(caseId, EvaluationVariant.C3O, algorithm, fold, id, key, k, 0,
                                seedString, pretrain, runs, cases);
                    }
                }
            }
        }
        return List.copyOf(cases);
    }

    /**
     * The cross-environment cases: per algorithm with Bell data (sorted), k in the given order,
     * repetition.
     *
     * @param c3oRuns per algorithm, its C3O runs (for the pre-training context ids)
     * @param bellRuns per algorithm, its Bell runs (outliers removed)
     * @param ks the numbers of chosen scale-outs, each >= 0
     * @throws IllegalArgumentException when an algorithm has Bell runs but no C3O runs
     */
    public static List<EvaluationCase> bellCross(Map<String, List<RunRecord>> c3oRuns,
            Map<String, List<RunRecord>> bellRuns, List<Integer> ks) {
        checkKs(ks);
        List<EvaluationCase> cases = new ArrayList<>();
        for (Map.Entry<String, List<RunRecord>> e : new TreeMap<>(bellRuns).entrySet()) {
            String algorithm = e.getKey();
            List<RunRecord> c3o = c3oRuns.get(algorithm);
            if (c3o == null) {
                throw new IllegalArgumentException("algorithm " + algorithm
                        + " has Bell runs but no C3O runs to pre-train on");
            }
            List<String> pretrain = ContextIndex.of(algorithm, c3o).ids();
            ScaleOutRuns runs = new ScaleOutRuns(e.getValue());
            String id = BellTarget.contextId(algorithm);
            for (int k : ks) {
                for (int rep = 0; rep < (k == 0 ? 1 : BELL_REPS); rep++) {
                    String seedString = algorithm + "|bell|" + k + "|" + rep;
                    String caseId = "bell/" + algorithm + "/" + id + "/k" + k + "/s" + rep;
                    choose(caseId, EvaluationVariant.BELL_CROSS, algorithm, -1, id,
                            BellTarget.key(algorithm), k, rep, seedString, pretrain, runs, cases);
                }
            }
        }
        return List.copyOf(cases);
    }

    /**
     * Adds the case of one seeded choice of k scale-outs of a context to {@code cases}, unless
     * it would leave no test point.
     */
    static void choose(String caseId, EvaluationVariant variant, String algorithm,
            int fold, String contextId, List<String> key, int k, int rep, String seedString,
            List<String> pretrain, ScaleOutRuns runs, List<EvaluationCase> cases) {
        List<Integer> scaleOuts = runs.scaleOuts();
        if (k >= scaleOuts.size()) {
            return;
        }
        long seed = EvaluationCase.crc32(seedString);
        List<Integer> train = new ArrayList<>(new PythonRandom(seed).sample(scaleOuts, k));
        train.sort(null);
        cases.add(new EvaluationCase(caseId, variant, algorithm, fold, contextId, key, k, rep,
                seedString, seed, pretrain, train, runs.testPoints(train)));
    }

    /** Contexts shuffled by {@code random.Random(seed).shuffle} and dealt round-robin. */
    static List<List<String>> deal(List<String> ids, long seed) {
        List<String> shuffled = new ArrayList<>(ids);
        new PythonRandom(seed).shuffle(shuffled);
        List<List<String>> folds = new ArrayList<>();
        IntStream.range(0, FOLDS).forEach(f -> folds.add(new ArrayList<>()));
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % FOLDS).add(shuffled.get(i));
        }
        return folds;
    }

    private static void checkKs(List<Integer> ks) {
        Objects.requireNonNull(ks, "ks");
        if (ks.isEmpty() || ks.stream().anyMatch(k -> k == null || k < 0)
                || ks.stream().distinct().count() != ks.size()) {
            throw new IllegalArgumentException("ks must be distinct numbers >= 0, got " + ks);
        }
    }
}
