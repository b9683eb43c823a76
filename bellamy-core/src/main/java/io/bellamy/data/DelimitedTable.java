package io.bellamy.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text file (CSV or TSV) read whole with commons-csv: a header and rows that each
 * have exactly as many fields as the header, with the line numbers they start on.
 *
 * <p>Values are trimmed; empty lines are skipped.
 */
record DelimitedTable(Path file, Header header, List<Row> rows) {

    /** The header line: column names in file order. */
    record Header(long line, List<String> names) {
        /** The 0-based index of the column, or -1. */
        int indexOf(String name) {
            return names.indexOf(name);
        }
    }

    /** One data line: its 1-based line number and its field values. */
    record Row(long line, List<String> values) {
    }

    DelimitedTable {
        rows = List.copyOf(rows);
    }

    /**
     * Parses the text of a file.
     *
     * @param file the file the text came from, for messages
     * @param text the whole text, without byte-order mark
     * @param delimiter the field delimiter, {@code ','} or {@code '\t'}
     * @param headerCheck checks the header as soon as it is read, before any row, and throws
     *     a {@link DataFormatException} when the format does not accept it
     * @throws DataFormatException for an empty file, a file without data rows, a bad header,
     *     a line with too few or too many fields, or malformed quoting
     */
    static DelimitedTable parse(Path file, String text, char delimiter,
            Consumer<Header> headerCheck) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        Header header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (hasNext(it, parser, file)) {
                CSVRecord record = it.next();
                List<String> values = record.toList();
                long line = startLine(parser.getCurrentLineNumber(), values);
                if (header == null) {
                    header = header(file, line, values);
                    headerCheck.accept(header);
                } else {
                    checkWidth(file, line, header.names().size(), values.size());
                    rows.add(new Row(line, values));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a string does not fail
        }
        if (header == null) {
            throw new DataFormatException(file, 1, 0, "empty file, expected a header line");
        }
        if (rows.isEmpty()) {
            throw new DataFormatException(file, header.line(), 0, "no data rows after the header");
        }
        return new DelimitedTable(file, header, rows);
    }

    private static boolean hasNext(Iterator<CSVRecord> it, CSVParser parser, Path file) {
        try {
            return it.hasNext();
        } catch (UncheckedIOException e) {
            long line = Math.max(1, parser.getCurrentLineNumber());
            throw new DataFormatException(file, line, 0,
                    "malformed line: " + e.getCause().getMessage(), e);
        }
    }

    /** The parser reports the line a record ends on; quoted values may span lines. */
    private static long startLine(long endLine, List<String> values) {
        long breaks = 0;
        for (String v : values) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                boolean crlf = c == '\r' && i + 1 < v.length() && v.charAt(i + 1) == '\n';
                if (c == '\n' || (c == '\r' && !crlf)) {
                    breaks++;
                }
            }
        }
        return Math.max(1, endLine - breaks);
    }

    private static Header header(Path file, long line, List<String> names) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw new DataFormatException(file, line, i + 1, "empty column name in header");
            }
            Integer before = seen.putIfAbsent(name, i + 1);
            if (before != null) {
                throw new DataFormatException(file, line, i + 1,
                        "duplicate column '" + name + "' (also column " + before + ")");
            }
        }
        return new Header(line, List.copyOf(names));
    }

    private static void checkWidth(Path file, long line, int expected, int actual) {
        if (actual < expected) {
            throw new DataFormatException(file, line, actual + 1,
                    "truncated line: expected " + expected + " fields, got " + actual);
        }
        if (actual > expected) {
            throw new DataFormatException(file, line, expected + 1,
                    "too many fields: expected " + expected + ", got " + actual);
        }
    }
}
