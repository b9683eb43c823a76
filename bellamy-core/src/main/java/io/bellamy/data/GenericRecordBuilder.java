package io.bellamy.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * Builds a run record from the values of one line of a generic file, keyed by field. Absent
 * or empty text becomes {@code ""}, an absent data size {@code 0}, absent memory and slots
 * {@code null}; scale-out and runtime are required, the algorithm unless a default is given.
 */
final class GenericRecordBuilder {

    /** The text of one value and where it is: line and column as {@link DataFormatException}. */
    record Cell(String text, long line, int column) {
    }

    private final CellParser cells;
    private final String defaultAlgorithm;

    GenericRecordBuilder(Path file, String defaultAlgorithm) {
        this.cells = new CellParser(file);
        this.defaultAlgorithm = defaultAlgorithm;
    }

    /**
     * The record of one line.
     *
     * @param line the line, for errors about a missing value
     * @param values the values present on the line; not modified
     */
    RunRecord build(long line, Map<GenericField, Cell> values) {
        Cell scaleOut = required(line, values, GenericField.INSTANCE_COUNT);
        Cell runtime = required(line, values, GenericField.GROSS_RUNTIME);
        int n = cells.scaleOut("instance_count", scaleOut.text(), scaleOut.line(),
                scaleOut.column());
        double seconds = cells.runtime("gross_runtime", runtime.text(), runtime.line(),
                runtime.column());
        Double dataSize = number(values, GenericField.DATA_SIZE_MB);
        return new RunRecord(algorithm(line, values), n, seconds,
                text(values, GenericField.MACHINE_TYPE),
                text(values, GenericField.JOB_ARGS),
                dataSize == null ? 0 : dataSize,
                text(values, GenericField.DATA_CHARACTERISTICS),
                text(values, GenericField.ENVIRONMENT),
                text(values, GenericField.JOB_TYPE),
                number(values, GenericField.MEMORY),
                number(values, GenericField.SLOTS));
    }

    private String algorithm(long line, Map<GenericField, Cell> values) {
        String given = text(values, GenericField.ALGORITHM);
        if (!given.isBlank()) {
            return given;
        }
        if (defaultAlgorithm != null) {
            return defaultAlgorithm;
        }
        Cell cell = values.get(GenericField.ALGORITHM);
        throw new DataFormatException(cells.file(), line, cell == null ? 0 : cell.column(),
                "algorithm is empty and no default algorithm was given");
    }

    private Cell required(long line, Map<GenericField, Cell> values, GenericField field) {
        Cell cell = values.get(field);
        if (cell == null) {
            throw new DataFormatException(cells.file(), line, 0,
                    "missing field '" + field.fieldName() + "'");
        }
        return cell;
    }

    private static String text(Map<GenericField, Cell> values, GenericField field) {
        Cell cell = values.get(field);
        return cell == null ? "" : cell.text();
    }

    private Double number(Map<GenericField, Cell> values, GenericField field) {
        Cell cell = values.get(field);
        if (cell == null || cell.text().isEmpty()) {
            return null;
        }
        return cells.nonNegative(field.fieldName(), cell.text(), cell.line(), cell.column());
    }
}
