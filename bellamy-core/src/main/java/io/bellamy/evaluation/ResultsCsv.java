package io.bellamy.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code results.csv}: one row per case x method x test point, in result order.
 * Numbers are written so that they read back exactly ({@link Double#toString}); times in
 * milliseconds with microsecond resolution; {@code low90}/{@code high90} hold the method's stated
 * 90% interval, empty for a method that states none. Skipped methods have no rows.
 */
public final class ResultsCsv {

    /** The file name in an output directory. */
    public static final String FILE_NAME = "results.csv";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("case_id", "variant", "algorithm", "fold",
            "k", "rep", "method", "scale_out", "label", "predicted", "actual", "rel_error",
            "fit_ms", "predict_ms", "low90", "high90");

    private ResultsCsv() {
    }

    /** Writes the rows of {@code results} to {@code file}, replacing it. */
    public static void write(Path file, EvaluationResults results) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ScoredPoint s : results.points()) {
                EvaluationCase c = s.evaluationCase();
                PointResult p = s.point();
                csv.printRecord(c.caseId(), c.variant().id(), c.algorithm(), c.fold(), c.k(),
                        c.rep(), s.method(), p.scaleOut(), p.label().id(),
                        Double.toString(p.predicted()), Double.toString(p.actual()),
                        Double.toString(p.relativeError()), millis(s.fitMs()), millis(p.predictMs()),
                        p.hasInterval() ? Double.toString(p.low90()) : "",
                        p.hasInterval() ? Double.toString(p.high90()) : "");
            }
        }
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms);
    }
}
