package io.bellamy.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads a prediction request in the prototype's YAML format, or the same structure as JSON:
 * {@code min_scale_out}, {@code max_scale_out}, {@code essential_properties} (all five) and
 * optional {@code optional_properties} ({@code job_type}, and {@code memory} and {@code slots}
 * per node). Errors name the file and line.
 */
public final class PredictionRequestReader {

    private static final Set<String> TOP = Set.of("min_scale_out", "max_scale_out",
            "essential_properties", "optional_properties");
    private static final Set<String> ESSENTIAL = Set.of("machine_type", "job_args", "data_size_MB",
            "data_characteristics", "environment");
    private static final Set<String> OPTIONAL = Set.of("job_type", "memory", "slots");

    /** The mappers, each made on first use and shared (they are only read from). */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new YAMLMapper();
    }

    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Reads a request file; {@code .json} files are read as JSON, everything else as YAML. */
    public PredictionRequest read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read request file " + file + ": " + e, e);
        }
        boolean isJson = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".json");
        return parse(text, file.toString(), isJson);
    }

    /** Parses request text; {@code origin} names its source in messages. */
    public PredictionRequest parse(String text, String origin, boolean isJson) {
        ObjectMapper mapper = isJson ? Json.MAPPER : Yaml.MAPPER;
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = mapper.readTree(text);
            lines = keyLines(mapper, text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(origin + ":" + (at == null ? 0 : at.getLineNr())
                    + ": malformed request: " + e.getOriginalMessage(), e);
        }
        return fromTree(root, origin, lines);
    }

    /** Builds a request from an already parsed tree (e.g. an HTTP body); lines unknown. */
    public PredictionRequest fromTree(JsonNode root, String origin) {
        return fromTree(root, origin, Map.of());
    }

    private PredictionRequest fromTree(JsonNode root, String origin, Map<String, Integer> lines) {
        Fields f = new Fields(origin, lines);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(origin + ":1: a request must be a mapping with "
                    + "min_scale_out, max_scale_out and essential_properties");
        }
        f.rejectUnknown(root, "", TOP);
        JsonNode essential = f.object(root, "essential_properties", true);
        f.rejectUnknown(essential, "essential_properties.", ESSENTIAL);
        JsonNode optional = f.object(root, "optional_properties", false);
        if (optional != null) {
            f.rejectUnknown(optional, "optional_properties.", OPTIONAL);
        }
        int min = f.integer(root, "min_scale_out", "");
        int max = f.integer(root, "max_scale_out", "");
        try {
            return new PredictionRequest(min, max,
                    f.text(essential, "machine_type", "essential_properties.", true),
                    f.text(essential, "job_args", "essential_properties.", true),
                    f.number(essential, "data_size_MB", "essential_properties.", true),
                    f.text(essential, "data_characteristics", "essential_properties.", true),
                    f.text(essential, "environment", "essential_properties.", true),
                    optional == null ? "" : f.text(optional, "job_type", "optional_properties.", false),
                    optional == null ? null
                            : f.numberOrNull(optional, "memory", "optional_properties."),
                    optional == null ? null
                            : f.numberOrNull(optional, "slots", "optional_properties."));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(origin)) {
                throw e;
            }
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> keyLines(ObjectMapper mapper, String text)
            throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            String section = "";
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth <= 1) {
                        section = "";
                    }
                } else if (token == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int line = parser.currentLocation().getLineNr();
                    if (depth == 1) {
                        section = name + ".";
                        lines.putIfAbsent(name, line);
                    } else {
                        lines.putIfAbsent(section + name, line);
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("cannot scan request text", e);
        }
        return lines;
    }

    /** Typed access to the fields of one request, with messages that name file, line and key. */
    private record Fields(String origin, Map<String, Integer> lines) {

        IllegalArgumentException error(String key, String reason) {
            Integer line = lines.get(key);
            if (line == null && key.contains(".")) {
                line = lines.get(key.substring(0, key.lastIndexOf('.')));
            }
            return new IllegalArgumentException(
                    (line == null ? origin : origin + ":" + line) + ": " + reason);
        }

        void rejectUnknown(JsonNode node, String prefix, Set<String> known) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw error(prefix + name, "unknown request key '" + prefix + name
                            + "' (expected one of " + new java.util.TreeSet<>(known) + ")");
                }
            }
        }

        JsonNode object(JsonNode root, String key, boolean required) {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                if (required) {
                    throw error(key, "missing '" + key + "'");
                }
                return null;
            }
            if (!node.isObject()) {
                throw error(key, "'" + key + "' must be a mapping");
            }
            return node;
        }

        int integer(JsonNode node, String key, String prefix) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                throw error(prefix + key, "missing '" + prefix + key + "'");
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw error(prefix + key, "'" + prefix + key + "' must be a whole number, got "
                        + v);
            }
            return v.intValue();
        }

        String text(JsonNode node, String key, String prefix, boolean required) {
            JsonNode v = node.get(key);
            if (v == null) {
                if (required) {
                    throw error(prefix + key, "missing essential property '" + key + "'");
                }
                return "";
            }
            if (v.isNull()) {
                return "";
            }
            if (!v.isValueNode()) {
                throw error(prefix + key, "'" + prefix + key + "' must be a text value, got " + v);
            }
            return v.asText();
        }

        double number(JsonNode node, String key, String prefix, boolean required) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                throw error(prefix + key, "missing essential property '" + key + "'");
            }
            return toNumber(v, prefix + key);
        }

        Double numberOrNull(JsonNode node, String key, String prefix) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                return null;
            }
            return toNumber(v, prefix + key);
        }

        private double toNumber(JsonNode v, String key) {
            if (v.isNumber()) {
                return v.doubleValue();
            }
            if (v.isTextual()) {
                try {
                    return Double.parseDouble(v.asText().trim());
                } catch (NumberFormatException e) {
                    throw error(key, "'" + key + "' must be a number, got '" + v.asText() + "'");
                }
            }
            throw error(key, "'" + key + "' must be a number, got " + v);
        }
    }
}
