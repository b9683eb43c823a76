package io.bellamy.data;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Turns the text of one cell of a data file into a validated number, or throws a
 * {@link DataFormatException} at that cell quoting the text.
 *
 * <p>Numbers are read as decimals ({@link BigDecimal} syntax: digits, an optional sign,
 * fraction and exponent), so {@code NaN}, {@code Infinity} and hexadecimal forms are rejected,
 * and a decimal is rounded to the nearest double only once.
 */
final class CellParser {

    private final Path file;

    CellParser(Path file) {
        this.file = file;
    }

    /** The file the cells come from. */
    Path file() {
        return file;
    }

    /** A scale-out: an integral number >= 1 ({@code 4} or {@code 4.0}). */
    int scaleOut(String field, String text, long line, int column) {
        BigDecimal value = decimal(field, text, line, column, "an integer");
        int n;
        try {
            n = value.intValueExact();
        } catch (ArithmeticException e) {
            throw new DataFormatException(file, line, column,
                    field + " must be an integer, got '" + text + "'", e);
        }
        if (n < 1) {
            throw new DataFormatException(file, line, column,
                    field + " must be an integer >= 1, got '" + text + "'");
        }
        return n;
    }

    /** A runtime in seconds: a finite number > 0. */
    double runtime(String field, String text, long line, int column) {
        return positive(field, text, line, column, decimal(field, text, line, column, "a number"));
    }

    /** A runtime given in milliseconds, converted to seconds by an exact decimal shift. */
    double runtimeMillisAsSeconds(String field, String text, long line, int column) {
        BigDecimal millis = decimal(field, text, line, column, "a number");
        positive(field, text, line, column, millis);
        return millis.movePointLeft(3).doubleValue();
    }

    /** A size or total: a finite number >= 0. */
    double nonNegative(String field, String text, long line, int column) {
        BigDecimal value = decimal(field, text, line, column, "a number");
        if (value.signum() < 0) {
            throw new DataFormatException(file, line, column,
                    field + " must be >= 0, got '" + text + "'");
        }
        return finite(field, text, line, column, value);
    }

    private double positive(String field, String text, long line, int column, BigDecimal value) {
        if (value.signum() <= 0) {
            throw new DataFormatException(file, line, column,
                    field + " must be > 0, got '" + text + "'");
        }
        double d = finite(field, text, line, column, value);
        if (d == 0) {
            throw new DataFormatException(file, line, column,
                    field + " is too small to represent, got '" + text + "'");
        }
        return d;
    }

    private double finite(String field, String text, long line, int column, BigDecimal value) {
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            throw new DataFormatException(file, line, column,
                    field + " is too large, got '" + text + "'");
        }
        return d;
    }

    private BigDecimal decimal(String field, String text, long line, int column, String what) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new DataFormatException(file, line, column,
                    field + " must be " + what + ", got '" + text + "'", e);
        }
    }
}
