package io.bellamy.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A data file that cannot be read as run records, with the place of the problem.
 *
 * <p>The message is {@code file:line:column: reason}. Lines are 1-based. For delimited files
 * (CSV, TSV) the column is the 1-based field number in the table; for JSON Lines it is the
 * 1-based character column reported by the JSON parser; {@code 0} means the problem concerns
 * the whole line (or file) rather than one column.
 */
public final class DataFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final int column;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param file the file being read
     * @param line 1-based line number
     * @param column 1-based column, or 0 when unknown or not applicable
     * @param reason what is wrong, quoting the offending value
     */
    public DataFormatException(Path file, long line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param file the file being read
     * @param line 1-based line number
     * @param column 1-based column, or 0 when unknown or not applicable
     * @param reason what is wrong, quoting the offending value
     * @param cause the underlying error, or {@code null}
     */
    public DataFormatException(Path file, long line, int column, String reason, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ":" + line + ":" + column + ": "
                + Objects.requireNonNull(reason, "reason"), cause);
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, got " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0, got " + column);
        }
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem. */
    public long line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
