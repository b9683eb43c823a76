package io.bellamy.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evaluation on a user's own history (what {@code bellamy evaluate --history} runs): every
 * context of the history is evaluated by the cross-environment protocol of SPEC §8 with every
 * method side by side ({@link HistoryPlanner} says how cases and pre-training runs are chosen),
 * and the outputs of the public evaluation are written, with a verdict per algorithm.
 *
 * <p>Bounded: a method pre-trains at most once per algorithm and set of excluded contexts; a
 * method that refuses a pre-training's runs (none, or too few) is skipped on its cases, and the
 * report says why.
 */
public final class HistoryEvaluation {

    private HistoryEvaluation() {
    }

    /**
     * The cases and pre-trainings of a spec.
     *
     * @throws IllegalArgumentException when no case remains, with the reasons
     * @throws IOException when the public runs cannot be read
     */
    public static HistoryPlan plan(HistorySpec spec) throws IOException {
        return HistoryPlanner.plan(spec);
    }

    /**
     * Runs every method on every case of a plan and writes {@code results.csv}, the charts and
     * {@code report.md} into a directory.
     *
     * @param plan the plan
     * @param methods the methods, with distinct names
     * @param outDir the output directory (created if missing; files in it are replaced)
     * @param listener told of progress from worker threads
     * @throws IllegalStateException when a method fails on a case
     */
    public static HistoryResults run(HistoryPlan plan, List<EvaluationMethod> methods, Path outDir,
            ProgressListener listener) throws IOException {
        List<HistoryMethod> wrapped = methods.stream().map(HistoryMethod::new).toList();
        EvaluationResults results = new Evaluator(List.<EvaluationMethod>copyOf(wrapped), plan.spec().threads(),
                listener).run(plan.data());
        HistoryResults history = new HistoryResults(plan, results, Verdicts.of(results),
                skipped(plan, wrapped, results));
        Files.createDirectories(outDir);
        ResultsCsv.write(outDir.resolve(ResultsCsv.FILE_NAME), results);
        List<String> charts = Plots.write(outDir, results);
        HistoryReport.write(outDir.resolve(MarkdownReport.FILE_NAME), history,
                charts.stream().filter(c -> c.endsWith(".png")).toList());
        return history;
    }

    /**
     * The skipped methods, grouped by reason and k: refused pre-trainings first, then cases with
     * fewer given scale-outs than a method needs.
     */
    private static List<SkippedMethod> skipped(HistoryPlan plan, List<HistoryMethod> methods,
            EvaluationResults results) {
        Map<String, PretrainingPlan> planOf = new HashMap<>();
        for (PretrainingPlan p : plan.pretraining()) {
            p.served().forEach(id -> planOf.put(p.algorithm() + "/" + id, p));
        }
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        for (HistoryMethod m : methods) {
            for (MethodResult r : results.results()) {
                EvaluationCase c = r.evaluationCase();
                if (!r.method().equals(m.name()) || !r.skipped()) {
                    continue;
                }
                PretrainingPlan p = planOf.get(c.algorithm() + "/" + c.contextId());
                String refusal = m.refusal(p.algorithm(), p.fold());
                String reason = refusal == null ? "need more given scale-outs"
                        : p.runs() == 0 ? "no pre-training data (" + p.emptyReason() + ")"
                        : "cannot pre-train on " + p.describe() + ": " + refusal;
                groups.computeIfAbsent(new GroupKey(refusal == null, reason), g -> new Group())
                        .add(m.name(), c);
            }
        }
        List<SkippedMethod> out = new ArrayList<>();
        groups.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().tooFewScaleOuts()))
                .forEach(e -> out.add(e.getValue().skipped(e.getKey().reason())));
        return out;
    }

    /** A reason to skip, and whether it is too few given scale-outs (else a refused pre-training). */
    private record GroupKey(boolean tooFewScaleOuts, String reason) {
    }

    /** The methods, algorithms, contexts and ks skipped for one reason. */
    private static final class Group {
        private final Set<String> methods = new LinkedHashSet<>();
        private final Set<String> algorithms = new TreeSet<>();
        private final Set<String> contexts = new TreeSet<>();
        private final Set<Integer> ks = new TreeSet<>();

        void add(String method, EvaluationCase c) {
            methods.add(method);
            algorithms.add(c.algorithm());
            contexts.add(c.contextId());
            ks.add(c.k());
        }

        SkippedMethod skipped(String reason) {
            return new SkippedMethod(List.copyOf(methods), List.copyOf(algorithms),
                    List.copyOf(contexts), List.copyOf(ks), reason);
        }
    }
}
