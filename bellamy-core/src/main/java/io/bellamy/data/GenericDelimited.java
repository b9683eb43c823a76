package io.bellamy.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The CSV and TSV variants of the generic format: a header of SPEC field names. */
final class GenericDelimited {

    private GenericDelimited() {
    }

    /**
     * Parses the text of a generic CSV or TSV file.
     *
     * @throws DataFormatException for an unknown column (at its header cell), a missing
     *     required column, or any bad row
     */
    static List<RunRecord> parse(Path file, String text, char delimiter, String defaultAlgorithm) {
        List<GenericField> fields = new ArrayList<>();
        DelimitedTable table = DelimitedTable.parse(file, text, delimiter,
                header -> fields.addAll(fields(file, header, defaultAlgorithm)));
        GenericRecordBuilder builder = new GenericRecordBuilder(file, defaultAlgorithm);
        List<RunRecord> records = new ArrayList<>(table.rows().size());
        for (DelimitedTable.Row row : table.rows()) {
            Map<GenericField, GenericRecordBuilder.Cell> values = new EnumMap<>(GenericField.class);
            for (int i = 0; i < fields.size(); i++) {
                values.put(fields.get(i),
                        new GenericRecordBuilder.Cell(row.values().get(i), row.line(), i + 1));
            }
            records.add(builder.build(row.line(), values));
        }
        return List.copyOf(records);
    }

    /** The field of each header column, checking names and required columns. */
    private static List<GenericField> fields(Path file, DelimitedTable.Header header,
            String defaultAlgorithm) {
        List<GenericField> fields = new ArrayList<>();
        for (int i = 0; i < header.names().size(); i++) {
            String name = header.names().get(i);
            int column = i + 1;
            GenericField field = GenericField.byName(name).orElseThrow(() ->
                    new DataFormatException(file, header.line(), column,
                            "unknown column '" + name + "'; valid columns: "
                                    + GenericField.names()));
            if (fields.contains(field)) {
                throw new DataFormatException(file, header.line(), column,
                        "duplicate column '" + name + "' (also column "
                                + (fields.indexOf(field) + 1) + ")");
            }
            fields.add(field);
        }
        requireColumn(file, header, fields, GenericField.INSTANCE_COUNT);
        requireColumn(file, header, fields, GenericField.GROSS_RUNTIME);
        if (defaultAlgorithm == null) {
            requireColumn(file, header, fields, GenericField.ALGORITHM);
        }
        return fields;
    }

    private static void requireColumn(Path file, DelimitedTable.Header header,
            List<GenericField> fields, GenericField field) {
        if (!fields.contains(field)) {
            throw new DataFormatException(file, header.line(), 0, "missing column '"
                    + field.fieldName() + "'; required: instance_count, gross_runtime, and "
                    + "algorithm unless a default algorithm is given");
        }
    }
}
