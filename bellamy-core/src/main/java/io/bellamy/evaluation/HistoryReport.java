package io.bellamy.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the {@code report.md} of a history evaluation: what was evaluated, the verdict per
 * algorithm (which method to trust at which k, with the errors behind it), the methods skipped
 * and why, the contexts and what each was pre-trained on, notes on what was not evaluated, and then the
 * tables of the public evaluation's report ({@link MarkdownReport}: pooled, interpolation and
 * extrapolation errors per k, per algorithm, overall, timing, charts) one heading level down.
 */
public final class HistoryReport {

    private HistoryReport() {
    }

    /** Writes the report, replacing the file. */
    public static void write(Path file, HistoryResults results, List<String> charts)
            throws IOException {
        Files.writeString(file, render(results, charts), StandardCharsets.UTF_8);
    }

    /** The report's text; see {@link #write}. */
    public static String render(HistoryResults r, List<String> charts) {
        HistorySpec spec = r.plan().spec();
        StringBuilder md = new StringBuilder("# Evaluation on your history\n\n");
        int contexts = spec.evaluatedAlgorithms().stream()
                .mapToInt(a -> spec.history().contexts(a).size()).sum();
        md.append(contexts).append(contexts == 1 ? " context" : " contexts").append(" of ")
                .append(String.join(", ", spec.evaluatedAlgorithms())).append(", ")
                .append(r.results().cases().size()).append(" cases; methods ")
                .append(String.join(", ", r.results().methods())).append("; k in ")
                .append(spec.ks().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(", ")))
                .append("; ").append(spec.seeds()).append(spec.seeds() == 1 ? " seed" : " seeds")
                .append(" per k >= 1. The networks pre-train on the public ")
                .append(spec.publicRuns().name()).append(" runs of the same algorithm")
                .append(spec.includeOtherContexts() ? " and on your other contexts of it" : "")
                .append(" (your other contexts only where there are no public runs); the "
                        + "Contexts table says what each context's pre-training used.\n\n");
        md.append("Each context is evaluated like the cross-environment variant of SPEC §8: "
                + "k of its scale-outs are chosen at random (seeded), each method learns from all "
                + "runs at those scale-outs (and, if it pre-trains, from other contexts, never "
                + "this one) and predicts every other scale-out; the error is "
                + "|predicted - actual| / actual against the median runtime there. "
                + "Interpolation points lie between the smallest and largest chosen scale-out, "
                + "extrapolation points outside. Lower is better.\n\n");
        verdicts(md, r);
        skipped(md, r);
        contextTable(md, r);
        if (!r.plan().notes().isEmpty()) {
            md.append("## Notes on your history\n\n");
            r.plan().notes().forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        md.append(details(r.results(), charts));
        return md.toString();
    }

    private static void verdicts(StringBuilder md, HistoryResults r) {
        md.append("## Verdict\n\n");
        md.append("Per algorithm, the method to trust with k scale-outs of a context already "
                + "run: the lowest mean relative error over all its test points, with the "
                + "interpolation and extrapolation errors, the other methods' errors and in how "
                + "many cases the best beat the runner-up.\n\n");
        for (AlgorithmVerdict v : r.verdicts()) {
            md.append("### ").append(v.algorithm()).append("\n\n");
            md.append("In short: ").append(v.summary()).append(".\n\n");
            v.ks().forEach(k -> md.append("- ").append(k.sentence()).append('\n'));
            md.append('\n');
        }
    }

    private static void skipped(StringBuilder md, HistoryResults r) {
        md.append("## Skipped methods\n\n");
        if (r.skipped().isEmpty()) {
            md.append("None: every method predicted every case.\n\n");
            return;
        }
        r.skipped().forEach(s -> md.append("- ").append(s.describe()).append('\n'));
        md.append('\n');
    }

    private static void contextTable(StringBuilder md, HistoryResults r) {
        md.append("## Contexts\n\n");
        md.append("| context | machine type | job args | data size MB | data characteristics "
                + "| environment | job type | scale-outs | runs | pre-trained on |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        HistorySpec spec = r.plan().spec();
        for (String a : spec.evaluatedAlgorithms()) {
            for (HistoryContext c : spec.history().contexts(a)) {
                List<String> cells = new ArrayList<>();
                cells.add(c.id());
                cells.addAll(c.properties());
                cells.add(c.scaleOuts().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
                cells.add(String.valueOf(c.runs().size()));
                cells.add(r.plan().pretraining().stream()
                        .filter(p -> p.algorithm().equals(a) && p.served().contains(c.id()))
                        .map(PretrainingPlan::describe).findFirst().orElse("–"));
                md.append("| ").append(cells.stream().map(HistoryReport::cell)
                        .collect(Collectors.joining(" | "))).append(" |\n");
            }
        }
        md.append('\n');
    }

    /** The public evaluation's report, every heading one level down, under one heading. */
    private static String details(EvaluationResults results, List<String> charts) {
        String body = MarkdownReport.render(results, "Cases: every context of your history by "
                + "the cross-environment protocol (case ids history/<algorithm>/<context>/k<k>/s<seed>).",
                charts);
        List<String> lines = new ArrayList<>(body.lines().toList());
        lines.set(0, "# Details");
        return lines.stream().map(l -> l.startsWith("#") ? "#" + l : l)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
