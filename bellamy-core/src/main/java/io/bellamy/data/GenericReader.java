package io.bellamy.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a user's own run history in the generic format: CSV, TSV or JSON Lines whose column
 * names (or keys) are the SPEC §2 field names {@code algorithm, instance_count, gross_runtime,
 * machine_type, job_args, data_size_MB, data_characteristics, environment, job_type, memory,
 * slots} (case is ignored). Runtime is in seconds.
 *
 * <p>The syntax comes from the extension ({@code .csv}, {@code .tsv}/{@code .tab},
 * {@code .jsonl}/{@code .ndjson}); otherwise it is sniffed: a first line starting with
 * <code>{</code> is JSON Lines, a first line with a tab is TSV, anything else CSV.
 * {@code instance_count} and {@code gross_runtime} are required, and {@code algorithm} unless
 * a default algorithm is given (it then fills empty algorithm values too). Absent text is
 * {@code ""}, an absent data size {@code 0}, absent memory and slots are absent. Any other
 * column or key is an error. Records are returned in file order.
 */
public final class GenericReader implements RunRecordReader {

    private final String defaultAlgorithm;

    private GenericReader(String defaultAlgorithm) {
        this.defaultAlgorithm = defaultAlgorithm;
    }

    /** A reader that requires every record to name its algorithm. */
    public static GenericReader create() {
        return new GenericReader(null);
    }

    /**
     * A reader that uses the given algorithm where a record names none.
     *
     * @param algorithm the default algorithm, not blank; {@code null} for none
     */
    public static GenericReader withDefaultAlgorithm(String algorithm) {
        if (algorithm != null && algorithm.isBlank()) {
            throw new IllegalArgumentException("default algorithm must not be blank, got '"
                    + algorithm + "'");
        }
        return new GenericReader(algorithm == null ? null : algorithm.strip());
    }

    @Override
    public List<RunRecord> read(Path file) throws IOException {
        String text = Utf8Text.read(file);
        return switch (syntax(file, text)) {
            case CSV -> GenericDelimited.parse(file, text, ',', defaultAlgorithm);
            case TSV -> GenericDelimited.parse(file, text, '\t', defaultAlgorithm);
            case JSON_LINES -> GenericJsonLines.parse(file, text, defaultAlgorithm);
        };
    }

    private enum Syntax { CSV, TSV, JSON_LINES }

    private static Syntax syntax(Path file, String text) {
        String name = file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Syntax.CSV;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return Syntax.TSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Syntax.JSON_LINES;
        }
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.stripLeading().startsWith("{")) {
            return Syntax.JSON_LINES;
        }
        return first.indexOf('\t') >= 0 ? Syntax.TSV : Syntax.CSV;
    }
}
