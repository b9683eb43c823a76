package io.bellamy.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes {@code report.md}: the mean relative error (MRE, in %) of every method pooled per k
 * (the headline), a sentence per k naming the best method, the same split into interpolation
 * and extrapolation points, per algorithm, overall, and the fit and prediction times.
 */
public final class MarkdownReport {

    /** The file name in an output directory. */
    public static final String FILE_NAME = "report.md";

    private static final String NONE = "–";

    private MarkdownReport() {
    }

    /**
     * Writes the report, replacing the file.
     *
     * @param file where to write
     * @param results what was measured
     * @param provenance one line saying where the cases came from
     * @param charts chart files to link, relative to the report's directory
     */
    public static void write(Path file, EvaluationResults results, String provenance,
            List<String> charts) throws IOException {
        Files.writeString(file, render(results, provenance, charts), StandardCharsets.UTF_8);
    }

    /** The report's text; see {@link #write}. */
    public static String render(EvaluationResults results, String provenance, List<String> charts) {
        ReportView v = new ReportView(results);
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation: ").append(v.variants()).append("\n\n");
        md.append(results.cases().size()).append(" cases, methods ")
                .append(String.join(", ", results.methods())).append(", algorithms ")
                .append(String.join(", ", v.algorithms())).append(", k in ")
                .append(v.ks().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append(". ").append(provenance).append("\n\n");
        md.append("MRE = mean of |predicted - actual| / actual over all test points pooled, in %; "
                + "n = test points; " + NONE + " = the method cannot predict with k scale-outs.\n\n");
        md.append("## Pooled MRE per k\n\n");
        perK(md, v, p -> true);
        md.append("\n").append(winners(v)).append("\n");
        for (PointLabel label : PointLabel.values()) {
            md.append("## ").append(capitalised(label.id())).append(" points only\n\n");
            perK(md, v, p -> p.point().label() == label);
            md.append("\n");
        }
        md.append("## Per algorithm\n\n");
        perAlgorithm(md, v);
        md.append("\n## Overall (all k pooled)\n\n");
        overall(md, v);
        calibration(md, v);
        md.append("\n## Timing\n\n");
        timing(md, v);
        md.append("\n## Notes\n\n");
        md.append("- Hyperparameters are chosen on pre-training data only: each method gets the "
                + "runs of its fold's pre-training contexts once per fold, never a run of a "
                + "context the fold tests on, and per case only the target context's runs at "
                + "the chosen scale-outs. The evaluation asserts this before every fit.\n");
        md.append("- Test targets are the median runtimes of all repetitions at each test "
                + "scale-out; a query carries the context's own run at that scale-out with its "
                + "runtime replaced.\n");
        md.append("- A method that needs more scale-outs than a case's k is skipped on that case "
                + "(counted under Timing), not failed.\n");
        if (!charts.isEmpty()) {
            md.append("\n## Charts\n\n");
            for (String c : charts) {
                md.append("![").append(c).append("](").append(c).append(")\n");
            }
        }
        return md.toString();
    }

    private static void perK(StringBuilder md, ReportView v, Predicate<ScoredPoint> where) {
        List<String> header = new ArrayList<>(List.of("k", "n"));
        header.addAll(v.methods());
        List<List<String>> rows = new ArrayList<>();
        for (int k : v.ks()) {
            Predicate<ScoredPoint> at = where.and(p -> p.evaluationCase().k() == k);
            int n = v.testPoints(at);
            if (n > 0) {
                rows.add(row(List.of(String.valueOf(k), String.valueOf(n)), v, at));
            }
        }
        table(md, header, rows);
    }

    /**
     * The share of test points inside each interval-stating method's 90% interval, per k (a
     * well-calibrated method is near 90%); nothing when no method states intervals.
     */
    private static void calibration(StringBuilder md, ReportView v) {
        List<String> methods = v.methods().stream()
                .filter(m -> v.results().points().stream()
                        .anyMatch(p -> p.method().equals(m) && p.point().hasInterval()))
                .toList();
        if (methods.isEmpty()) {
            return;
        }
        md.append("\n## Calibration of the stated 90% intervals\n\n");
        md.append("Share of test points whose actual runtime lies inside the method's stated "
                + "90% interval (a calibrated method is near 90%), and the median interval "
                + "width relative to the prediction.\n\n");
        List<String> header = new ArrayList<>(List.of("k"));
        for (String m : methods) {
            header.add(m + " inside");
            header.add(m + " width");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int k : v.ks()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(k)));
            for (String m : methods) {
                List<PointResult> pts = v.results().points().stream()
                        .filter(p -> p.method().equals(m) && p.evaluationCase().k() == k
                                && p.point().hasInterval())
                        .map(ScoredPoint::point).toList();
                if (pts.isEmpty()) {
                    cells.add(NONE);
                    cells.add(NONE);
                    continue;
                }
                long inside = pts.stream().filter(PointResult::insideInterval).count();
                double[] widths = pts.stream()
                        .mapToDouble(p -> (p.high90() - p.low90()) / p.predicted()).sorted()
                        .toArray();
                cells.add(String.format(Locale.ROOT, "%.1f %%", 100.0 * inside / pts.size()));
                cells.add(String.format(Locale.ROOT, "%.1f %%", 100.0 * widths[widths.length / 2]));
            }
            rows.add(cells);
        }
        table(md, header, rows);
    }

    private static void perAlgorithm(StringBuilder md, ReportView v) {
        List<String> header = new ArrayList<>(List.of("algorithm", "k", "n"));
        header.addAll(v.methods());
        List<List<String>> rows = new ArrayList<>();
        for (String a : v.algorithms()) {
            for (int k : v.ks()) {
                Predicate<ScoredPoint> at = p -> p.evaluationCase().algorithm().equals(a)
                        && p.evaluationCase().k() == k;
                int n = v.testPoints(at);
                if (n > 0) {
                    rows.add(row(List.of(a, String.valueOf(k), String.valueOf(n)), v, at));
                }
            }
        }
        table(md, header, rows);
    }

    private static List<String> row(List<String> lead, ReportView v, Predicate<ScoredPoint> at) {
        List<String> cells = new ArrayList<>(lead);
        for (String m : v.methods()) {
            cells.add(percent(v.results().errors(m, at)));
        }
        return cells;
    }

    private static String winners(ReportView v) {
        StringBuilder s = new StringBuilder();
        for (int k : v.ks()) {
            List<String> ranked = v.methods().stream()
                    .filter(m -> v.results().errors(m, p -> p.evaluationCase().k() == k).n() > 0)
                    .sorted(Comparator.comparingDouble(m -> v.results()
                            .errors(m, p -> p.evaluationCase().k() == k).meanRelativeError()))
                    .toList();
            if (ranked.isEmpty()) {
                continue;
            }
            String best = ranked.get(0);
            s.append("- With k = ").append(k).append(", ").append(best).append(" predicts best (")
                    .append(percent(v.results().errors(best, p -> p.evaluationCase().k() == k)))
                    .append(" % pooled MRE)");
            if (ranked.size() == 1) {
                s.append("; it is the only method that can predict with ").append(k)
                        .append(" scale-outs.\n");
            } else {
                s.append(", ahead of ").append(ranked.subList(1, ranked.size()).stream()
                        .map(m -> m + " (" + percent(v.results().errors(m,
                                p -> p.evaluationCase().k() == k)) + " %)")
                        .collect(Collectors.joining(", "))).append(".\n");
            }
        }
        return s.toString();
    }

    private static void overall(StringBuilder md, ReportView v) {
        List<List<String>> rows = new ArrayList<>();
        for (String m : v.methods()) {
            ErrorStats all = v.results().errors(m, p -> true);
            String ks = v.ks().stream().filter(k -> v.results().errors(m,
                    p -> p.evaluationCase().k() == k).n() > 0).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            rows.add(List.of(m, ks.isEmpty() ? NONE : ks, String.valueOf(all.n()), percent(all)));
        }
        table(md, List.of("method", "k predicted", "n", "MRE %"), rows);
    }

    private static void timing(StringBuilder md, ReportView v) {
        List<List<String>> rows = new ArrayList<>();
        for (String m : v.methods()) {
            ReportView.Timing t = v.timing(m);
            rows.add(List.of(m, String.valueOf(t.fits()), String.valueOf(t.skipped()),
                    millis(t.medianFitMs()), millis(t.meanFitMs()),
                    micros(t.medianPredictMs()), micros(t.meanPredictMs())));
        }
        table(md, List.of("method", "fits", "skipped", "median fit ms", "mean fit ms",
                "median predict µs", "mean predict µs"), rows);
    }

    private static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        md.append("---|".repeat(header.size())).append("\n");
        for (List<String> r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
    }

    private static String percent(ErrorStats s) {
        return s.n() == 0 ? NONE : String.format(Locale.ROOT, "%.1f", s.percent());
    }

    private static String millis(double ms) {
        return Double.isNaN(ms) ? NONE : String.format(Locale.ROOT, "%.3f", ms);
    }

    private static String micros(double ms) {
        return Double.isNaN(ms) ? NONE : String.format(Locale.ROOT, "%.1f", 1000 * ms);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
