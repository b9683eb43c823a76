package io.bellamy.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Lines variant of the generic format: one JSON object per line whose keys are SPEC
 * field names; text fields are JSON strings, numeric fields JSON numbers, {@code null} means
 * absent. Blank lines are skipped. Read with Jackson's streaming parser so that errors carry
 * the column of the offending key or value.
 */
final class GenericJsonLines {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private GenericJsonLines() {
    }

    /**
     * Parses the text of a generic JSON Lines file.
     *
     * @throws DataFormatException for invalid JSON, an unknown or repeated key, a value of the
     *     wrong type, or any bad value
     */
    static List<RunRecord> parse(Path file, String text, String defaultAlgorithm) {
        GenericRecordBuilder builder = new GenericRecordBuilder(file, defaultAlgorithm);
        List<String> lines = text.lines().toList();
        List<RunRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                long line = i + 1L;
                records.add(builder.build(line, values(file, line, lines.get(i))));
            }
        }
        if (records.isEmpty()) {
            throw new DataFormatException(file, 1, 0,
                    "empty file, expected one JSON object per line");
        }
        return List.copyOf(records);
    }

    private static Map<GenericField, GenericRecordBuilder.Cell> values(Path file, long line,
            String json) {
        Map<GenericField, GenericRecordBuilder.Cell> values = new EnumMap<>(GenericField.class);
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DataFormatException(file, line, column(p), "expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int keyColumn = column(p);
                GenericField field = GenericField.byName(name).orElseThrow(() ->
                        new DataFormatException(file, line, keyColumn, "unknown field '" + name
                                + "'; valid fields: " + GenericField.names()));
                if (values.containsKey(field)) {
                    throw new DataFormatException(file, line, keyColumn,
                            "duplicate field '" + name + "'");
                }
                JsonToken token = p.nextToken();
                int valueColumn = column(p);
                if (token == JsonToken.VALUE_NULL) {
                    continue;
                }
                checkType(file, line, valueColumn, field, token, p);
                values.put(field, new GenericRecordBuilder.Cell(p.getText(), line, valueColumn));
            }
            if (p.nextToken() != null) {
                throw new DataFormatException(file, line, column(p),
                        "unexpected content after the JSON object: '" + p.getText() + "'");
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int col = where == null ? 0 : Math.max(0, where.getColumnNr());
            throw new DataFormatException(file, line, col,
                    "invalid JSON: " + withoutSourceNote(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // parsing a string does not fail on I/O
        }
        return values;
    }

    private static void checkType(Path file, long line, int column, GenericField field,
            JsonToken token, JsonParser p) throws IOException {
        boolean ok = field.kind() == GenericField.Kind.TEXT
                ? token == JsonToken.VALUE_STRING
                : token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        if (!ok) {
            String wanted = field.kind() == GenericField.Kind.TEXT ? "a JSON string"
                    : "a JSON number";
            throw new DataFormatException(file, line, column,
                    field.fieldName() + " must be " + wanted + ", got " + describe(token, p));
        }
    }

    private static String describe(JsonToken token, JsonParser p) throws IOException {
        return switch (token) {
            case VALUE_STRING -> "string \"" + p.getText() + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + p.getText();
            case VALUE_TRUE, VALUE_FALSE -> "boolean " + p.getText();
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> "'" + p.getText() + "'";
        };
    }

    /** Jackson's messages end in a note about the (redacted) input source; drop it. */
    private static String withoutSourceNote(String message) {
        int cut = message.indexOf(" (start marker at");
        if (cut < 0) {
            cut = message.indexOf("\n at [Source");
        }
        return cut < 0 ? message : message.substring(0, cut);
    }

    private static int column(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getColumnNr());
    }
}
