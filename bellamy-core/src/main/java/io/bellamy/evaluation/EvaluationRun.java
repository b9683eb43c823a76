package io.bellamy.evaluation;

import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evaluation as one call (what {@code bellamy evaluate} runs): takes the cases from a
 * manifest or generates them, runs every method on them, and writes {@code results.csv},
 * {@code report.md} and the charts into an output directory.
 */
public final class EvaluationRun {

    private EvaluationRun() {
    }

    /**
     * Runs an evaluation and writes its outputs.
     *
     * @param spec what to evaluate
     * @param methods the methods, with distinct names
     * @param outDir the output directory (created if missing; files in it are replaced)
     * @param listener told of progress from worker threads
     * @return the results
     * @throws IllegalArgumentException when the spec, the manifest or the data are invalid or
     *     disagree
     * @throws IllegalStateException when a method fails
     */
    public static EvaluationResults run(EvaluationSpec spec, List<EvaluationMethod> methods,
            Path outDir, ProgressListener listener) throws IOException {
        List<EvaluationCase> cases = cases(spec);
        EvaluationResults results = new Evaluator(methods, spec.threads(), listener)
                .run(cases, spec.records());
        Files.createDirectories(outDir);
        ResultsCsv.write(outDir.resolve(ResultsCsv.FILE_NAME), results);
        List<String> charts = Plots.write(outDir, results);
        MarkdownReport.write(outDir.resolve(MarkdownReport.FILE_NAME), results,
                provenance(spec), charts.stream().filter(c -> c.endsWith(".png")).toList());
        return results;
    }

    /**
     * The cases of a spec: the manifest's (of the spec's variant, algorithms and ks) or
     * generated from the records.
     *
     * @throws IllegalArgumentException when none remain, when the manifest is of another
     *     variant, or when a requested algorithm has no case or no data
     */
    public static List<EvaluationCase> cases(EvaluationSpec spec) throws IOException {
        List<EvaluationCase> all;
        if (spec.manifest() != null) {
            SplitManifest m = SplitManifest.read(spec.manifest());
            if (m.variant() != spec.variant()) {
                throw new IllegalArgumentException(spec.manifest() + " holds " + m.variant()
                        + " cases, not " + spec.variant());
            }
            all = m.cases();
        } else {
            all = generate(spec);
        }
        Set<String> present = new TreeSet<>(all.stream().map(EvaluationCase::algorithm).toList());
        for (String a : spec.algorithms()) {
            if (!present.contains(a)) {
                throw new IllegalArgumentException("no " + spec.variant() + " case for algorithm '"
                        + a + "'; available: " + String.join(", ", present));
            }
        }
        List<EvaluationCase> chosen = all.stream()
                .filter(c -> spec.algorithms().isEmpty() || spec.algorithms().contains(c.algorithm()))
                .filter(c -> spec.ks().contains(c.k())).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no case with k in " + spec.ks());
        }
        return chosen;
    }

    private static List<EvaluationCase> generate(EvaluationSpec spec) throws IOException {
        RecordSource source = spec.records();
        List<String> algorithms = new ArrayList<>(spec.algorithms().isEmpty()
                ? (spec.variant() == EvaluationVariant.C3O ? source.c3oAlgorithms()
                        : source.bellAlgorithms().stream()
                                .filter(source.c3oAlgorithms()::contains).toList())
                : spec.algorithms());
        Map<String, List<RunRecord>> c3o = new LinkedHashMap<>();
        for (String a : algorithms) {
            c3o.put(a, source.c3o(a));
        }
        if (spec.variant() == EvaluationVariant.C3O) {
            return CaseGenerator.c3o(c3o, spec.ks(), spec.seed());
        }
        Map<String, List<RunRecord>> bell = new LinkedHashMap<>();
        for (String a : algorithms) {
            bell.put(a, source.bell(a));
        }
        return CaseGenerator.bellCross(c3o, bell, spec.ks());
    }

    private static String provenance(EvaluationSpec spec) {
        return spec.manifestFile()
                .map(f -> "Cases from the split manifest " + f.getFileName() + ".")
                .orElse("Cases generated from the data by SPEC §8 (fold seed " + spec.seed() + ").");
    }
}
