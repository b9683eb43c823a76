package io.bellamy.evaluation;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans a history evaluation: per algorithm and context of the history, the cases of the
 * cross-environment protocol of SPEC §8 and the runs the context's pre-training may use.
 *
 * <ul>
 *   <li>Pre-training runs: the public runs of the algorithm without any run of the context under
 *       test, plus (with {@link HistorySpec#includeOtherContexts()}, or when there are no public
 *       runs) the user's other contexts of the algorithm. Contexts whose runs are the same share
 *       one pre-training (fold -1, as in the cross-environment variant); a context that needs
 *       its own gets the fold of its index.
 *   <li>Cases: for each k, {@link HistorySpec#seeds()} choices (one for k = 0), drawn exactly
 *       as the cross-environment variant draws them ({@link CaseGenerator#bellCross}): seed
 *       string {@code <algorithm>|bell|<k>|<seed>}. Contexts of an algorithm with the same
 *       scale-outs therefore get the same choices (common random numbers), and a history
 *       holding the Bell data is scored exactly as the cross-environment variant scores it.
 *   <li>Not evaluated, with a note: k at least the context's number of scale-outs (nothing left
 *       to test) and k = 0 when there is nothing to pre-train on.
 * </ul>
 */
final class HistoryPlanner {

    /** The fold of a pre-training shared by every context of an algorithm. */
    static final int SHARED_FOLD = -1;

    private final HistorySpec spec;
    private final List<EvaluationData.BoundCase> bound = new ArrayList<>();
    private final Map<EvaluationData.FoldKey, EvaluationData.Fold> folds = new LinkedHashMap<>();
    private final Map<EvaluationData.FoldKey, List<String>> served = new LinkedHashMap<>();
    private final Map<EvaluationData.FoldKey, PretrainingPlan> plans = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private HistoryPlanner(HistorySpec spec) {
        this.spec = spec;
    }

    /**
     * Plans the cases of a spec.
     *
     * @throws IllegalArgumentException when no case remains, with the reasons
     * @throws IOException when the public runs cannot be read
     */
    static HistoryPlan plan(HistorySpec spec) throws IOException {
        HistoryPlanner p = new HistoryPlanner(spec);
        for (String algorithm : spec.evaluatedAlgorithms()) {
            p.algorithm(algorithm);
        }
        if (p.bound.isEmpty()) {
            throw new IllegalArgumentException("no case to evaluate: " + (p.notes.isEmpty()
                    ? "no context" : String.join("; ", p.notes)));
        }
        List<PretrainingPlan> pretraining = new ArrayList<>();
        p.plans.forEach((key, plan) -> pretraining.add(new PretrainingPlan(plan.algorithm(),
                plan.fold(), p.served.get(key), plan.publicName(), plan.publicRuns(),
                plan.excludedPublicRuns(), plan.userContexts(), plan.userRuns())));
        return new HistoryPlan(spec, EvaluationData.of(p.bound, p.folds), pretraining, p.notes);
    }

    private void algorithm(String algorithm) throws IOException {
        List<HistoryContext> contexts = spec.history().contexts(algorithm);
        List<RunRecord> publicRuns = spec.publicRuns().runs(algorithm);
        boolean others = spec.includeOtherContexts() || publicRuns.isEmpty();
        if (publicRuns.isEmpty() && !spec.includeOtherContexts() && contexts.size() > 1) {
            notes.add(algorithm + ": " + (spec.publicRuns() == PublicRuns.NONE
                    ? "no public runs are used" : "no " + spec.publicRuns().name() + " runs of "
                    + algorithm) + ", so the networks pre-train on your other contexts of it.");
        }
        List<String> noPretraining = new ArrayList<>();
        for (int i = 0; i < contexts.size(); i++) {
            HistoryContext target = contexts.get(i);
            List<RunRecord> publicPart = publicRuns.stream()
                    .filter(r -> !r.context().equals(target.key())).toList();
            List<HistoryContext> userPart = others ? contexts.stream()
                    .filter(c -> c != target).toList() : List.of();
            int excluded = publicRuns.size() - publicPart.size();
            int fold = excluded == 0 && userPart.isEmpty() ? SHARED_FOLD : i;
            EvaluationData.FoldKey key = new EvaluationData.FoldKey(algorithm, fold);
            if (!folds.containsKey(key)) {
                addFold(key, publicPart, excluded, userPart);
            }
            served.get(key).add(target.id());
            if (excluded > 0) {
                notes.add(target.id() + " is also in the public " + spec.publicRuns().name()
                        + " data: its " + excluded + " runs there are left out of its pre-training.");
            }
            EvaluationData.Fold f = folds.get(key);
            if (!cases(target, key, f)) {
                noPretraining.add(target.id());
            }
        }
        if (!noPretraining.isEmpty()) {
            notes.add(algorithm + ": k = 0 not evaluated for "
                    + (noPretraining.size() == contexts.size() ? "any context"
                            : String.join(", ", noPretraining))
                    + ": with no pre-training data there is nothing to predict from.");
        }
    }

    private void addFold(EvaluationData.FoldKey key, List<RunRecord> publicPart, int excluded,
            List<HistoryContext> userPart) {
        List<RunRecord> runs = new ArrayList<>(publicPart);
        List<String> ids = new ArrayList<>();
        if (!publicPart.isEmpty()) {
            ids.add(spec.publicRuns().name() + ":" + key.algorithm());
        }
        int userRuns = 0;
        for (HistoryContext c : userPart) {
            runs.addAll(c.runs());
            ids.add(c.id());
            userRuns += c.runs().size();
        }
        Set<ContextKey> contexts = new HashSet<>();
        runs.forEach(r -> contexts.add(r.context()));
        folds.put(key, new EvaluationData.Fold(new FoldData(key.algorithm(), key.fold(), runs),
                Set.copyOf(contexts), ids));
        served.put(key, new ArrayList<>());
        plans.put(key, new PretrainingPlan(key.algorithm(), key.fold(), List.of(),
                spec.publicRuns().name(), publicPart.size(), excluded,
                userPart.stream().map(HistoryContext::id).toList(), userRuns));
    }

    /**
     * Adds the cases of one context.
     *
     * @return false when k = 0 was asked for but left out for want of pre-training data
     */
    private boolean cases(HistoryContext target, EvaluationData.FoldKey key,
            EvaluationData.Fold fold) {
        boolean zeroOk = true;
        ScaleOutRuns runs = new ScaleOutRuns(target.runs());
        int scaleOuts = runs.scaleOuts().size();
        List<Integer> tooMany = new ArrayList<>();
        String algorithm = key.algorithm();
        for (int k : spec.ks()) {
            if (k >= scaleOuts) {
                tooMany.add(k);
                continue;
            }
            if (k == 0 && fold.data().preTrainingRuns().isEmpty()) {
                zeroOk = false;
                continue;
            }
            for (int seed = 0; seed < (k == 0 ? 1 : spec.seeds()); seed++) {
                List<EvaluationCase> made = new ArrayList<>(1);
                CaseGenerator.choose("history/" + algorithm + "/" + target.id() + "/k" + k + "/s" + seed,
                        EvaluationVariant.BELL_CROSS, algorithm, -1, target.id(),
                        target.properties(), k, seed, algorithm + "|bell|" + k + "|" + seed,
                        fold.contextIds(), runs, made);
                for (EvaluationCase c : made) {
                    bound.add(new EvaluationData.BoundCase(c, target.key(), runs, key));
                }
            }
        }
        if (!tooMany.isEmpty()) {
            notes.add(target.id() + " has " + scaleOuts + " scale-out" + (scaleOuts == 1 ? "" : "s")
                    + ": k = " + tooMany.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " not evaluated, no scale-out would be left to test.");
        }
        return zeroOk;
    }
}
