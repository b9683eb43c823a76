package io.bellamy.evaluation;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cases bound to their runs: for each case its target context and runs, and for each
 * algorithm and fold the pre-training runs. Binding checks that cases and data agree: context
 * keys, the chosen and tested scale-outs (together every scale-out of the context) and the
 * tested medians.
 */
final class EvaluationData {

    /** Relative tolerance between a manifest's median runtime and the data's. */
    static final double MEDIAN_TOLERANCE = 1e-12;

    /** A case bound to its data. */
    record BoundCase(EvaluationCase evaluationCase, ContextKey target, ScaleOutRuns runs,
            FoldKey foldKey) {
    }

    /** An algorithm and a fold. */
    record FoldKey(String algorithm, int fold) {
    }

    /** A fold's pre-training runs and the set of their contexts. */
    record Fold(FoldData data, Set<ContextKey> contexts, List<String> contextIds) {
    }

    private final List<BoundCase> cases;
    private final Map<FoldKey, Fold> folds;

    private EvaluationData(List<BoundCase> cases, Map<FoldKey, Fold> folds) {
        this.cases = List.copyOf(cases);
        this.folds = Map.copyOf(folds);
    }

    /** Cases and folds bound by the caller (every fold key of a case must have its fold). */
    static EvaluationData of(List<BoundCase> cases, Map<FoldKey, Fold> folds) {
        for (BoundCase c : cases) {
            if (!folds.containsKey(c.foldKey())) {
                throw new IllegalArgumentException("case " + c.evaluationCase().caseId()
                        + ": no fold " + c.foldKey());
            }
        }
        return new EvaluationData(cases, folds);
    }

    List<BoundCase> cases() {
        return cases;
    }

    Fold fold(FoldKey key) {
        return folds.get(key);
    }

    /**
     * Binds cases to the runs of a source.
     *
     * @throws IllegalArgumentException naming the case when case and data disagree
     */
    static EvaluationData bind(List<EvaluationCase> cases, RecordSource source) throws IOException {
        Map<String, ContextIndex> indexes = new HashMap<>();
        Map<String, ScaleOutRuns> bell = new HashMap<>();
        Map<String, ContextKey> bellContext = new HashMap<>();
        Map<FoldKey, Fold> folds = new HashMap<>();
        List<BoundCase> bound = new ArrayList<>(cases.size());
        for (EvaluationCase c : cases) {
            String at = "case " + c.caseId() + ": ";
            ContextIndex index = indexes.get(c.algorithm());
            if (index == null) {
                index = ContextIndex.of(c.algorithm(), source.c3o(c.algorithm()));
                indexes.put(c.algorithm(), index);
            }
            ContextKey target;
            ScaleOutRuns runs;
            try {
                if (c.variant() == EvaluationVariant.C3O) {
                    if (!index.key(c.contextId()).equals(c.contextKey())) {
                        throw new IllegalArgumentException("context key " + c.contextKey()
                                + " differs from the data's " + index.key(c.contextId()));
                    }
                    target = index.context(c.contextId());
                    runs = new ScaleOutRuns(index.runs(c.contextId()));
                } else {
                    if (!c.contextKey().equals(BellTarget.key(c.algorithm()))
                            || !c.contextId().equals(BellTarget.contextId(c.algorithm()))) {
                        throw new IllegalArgumentException("a Bell target is context "
                                + BellTarget.contextId(c.algorithm()) + " "
                                + BellTarget.key(c.algorithm()) + ", got " + c.contextId() + " "
                                + c.contextKey());
                    }
                    if (!bell.containsKey(c.algorithm())) {
                        List<RunRecord> b = source.bell(c.algorithm());
                        bellContext.put(c.algorithm(), singleContext(b));
                        bell.put(c.algorithm(), new ScaleOutRuns(b));
                    }
                    target = bellContext.get(c.algorithm());
                    runs = bell.get(c.algorithm());
                }
                checkPoints(c, runs);
                FoldKey key = new FoldKey(c.algorithm(), c.fold());
                Fold fold = folds.get(key);
                if (fold == null) {
                    fold = fold(key, c.pretrainContexts(), index);
                    folds.put(key, fold);
                } else if (!new HashSet<>(fold.contextIds()).equals(new HashSet<>(c.pretrainContexts()))) {
                    throw new IllegalArgumentException("pre-training contexts differ from those "
                            + "of the fold's other cases: " + c.pretrainContexts() + " vs "
                            + fold.contextIds());
                }
                bound.add(new BoundCase(c, target, runs, key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + e.getMessage(), e);
            }
        }
        return new EvaluationData(bound, folds);
    }

    private static ContextKey singleContext(List<RunRecord> runs) {
        Set<ContextKey> contexts = new LinkedHashSet<>();
        runs.forEach(r -> contexts.add(r.context()));
        if (contexts.size() != 1) {
            throw new IllegalArgumentException("the Bell runs of an algorithm must form one "
                    + "context, got " + contexts.size() + ": " + contexts);
        }
        return contexts.iterator().next();
    }

    private static Fold fold(FoldKey key, List<String> ids, ContextIndex index) {
        Set<String> wanted = new HashSet<>(ids);
        List<RunRecord> runs = new ArrayList<>();
        Set<ContextKey> contexts = new HashSet<>();
        for (String id : index.ids()) {
            if (wanted.contains(id)) {
                contexts.add(index.context(id));
            }
        }
        for (String id : ids) {
            index.context(id);   // fails with a clear message on an unknown id
        }
        for (RunRecord r : index.allRuns()) {
            if (contexts.contains(r.context())) {
                runs.add(r);
            }
        }
        return new Fold(new FoldData(key.algorithm(), key.fold(), runs), Set.copyOf(contexts),
                List.copyOf(ids));
    }

    private static void checkPoints(EvaluationCase c, ScaleOutRuns runs) {
        Set<Integer> covered = new TreeSet<>(c.trainScaleOuts());
        for (int n : c.trainScaleOuts()) {
            if (runs.at(n).isEmpty()) {
                throw new IllegalArgumentException("train scale-out " + n + " has no run in the data");
            }
        }
        for (TestPoint p : c.test()) {
            covered.add(p.scaleOut());
            if (runs.at(p.scaleOut()).isEmpty()) {
                throw new IllegalArgumentException("test scale-out " + p.scaleOut()
                        + " has no run in the data");
            }
            double median = runs.medianRuntime(p.scaleOut());
            if (Math.abs(median - p.medianRuntime()) > MEDIAN_TOLERANCE * median) {
                throw new IllegalArgumentException("median runtime at scale-out " + p.scaleOut()
                        + " is " + p.medianRuntime() + " in the case but " + median + " in the data");
            }
        }
        if (!covered.equals(new TreeSet<>(runs.scaleOuts()))) {
            throw new IllegalArgumentException("train and test scale-outs " + covered
                    + " are not the context's scale-outs " + runs.scaleOuts());
        }
    }
}
