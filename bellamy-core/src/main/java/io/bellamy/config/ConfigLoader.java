package io.bellamy.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads a YAML configuration file over the built-in defaults. Any subset of keys may be given;
 * an unknown key, a value of the wrong type or out of range is an error naming the key and the
 * file's line.
 */
public final class ConfigLoader {

    /** Sections whose keys are free (a map of names), not fixed fields. */
    private static final Set<String> OPEN_MAPS = Set.of("prices", "search.space");

    private YAMLMapper mapper;

    /** A loader with a strict YAML mapper (made on first use: the defaults need none). */
    public ConfigLoader() {
    }

    private YAMLMapper mapper() {
        if (mapper == null) {
            mapper = YAMLMapper.builder(YAMLFactory.builder()
                            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                            .build())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build();
        }
        return mapper;
    }

    /** The defaults with the file's values on top; {@code null} gives the defaults. */
    public BellamyConfig load(Path file) {
        if (file == null) {
            return BellamyConfig.defaults();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e, e);
        }
        return parse(text, file.toString());
    }

    /** Parses YAML text over the defaults; {@code origin} names the source in messages. */
    public BellamyConfig parse(String yaml, String origin) {
        JsonNode user;
        Map<String, Integer> lines;
        try {
            user = mapper().readTree(yaml);
            lines = keyLines(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(origin + ":" + line + ": malformed YAML: "
                    + e.getOriginalMessage(), e);
        }
        if (user == null || user.isMissingNode() || user.isNull()) {
            return BellamyConfig.defaults();
        }
        if (!user.isObject()) {
            throw new IllegalArgumentException(origin + ":1: the configuration must be a mapping");
        }
        ObjectNode merged = mapper().valueToTree(BellamyConfig.defaults());
        merge(merged, (ObjectNode) user, "", origin, lines);
        try {
            return mapper().treeToValue(merged, BellamyConfig.class);
        } catch (JsonMappingException e) {
            String key = pathOf(e);
            Throwable cause = rootCause(e);
            String reason = cause instanceof IllegalArgumentException
                    ? cause.getMessage() : key + ": " + e.getOriginalMessage();
            String keyFromReason = reason.contains(" ") ? reason.substring(0, reason.indexOf(' '))
                    : key;
            int line = lines.getOrDefault(keyFromReason, lines.getOrDefault(key, 0));
            throw new IllegalArgumentException(origin + ":" + line + ": " + reason, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The configuration as YAML, as {@code bellamy config show} prints it. */
    public String toYaml(BellamyConfig config) {
        try {
            return mapper().writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration as YAML", e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode source, String prefix, String origin,
            Map<String, Integer> lines) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode existing = target.get(field.getKey());
            boolean open = OPEN_MAPS.contains(prefix);
            if (existing == null && !open) {
                throw new IllegalArgumentException(origin + ":" + lines.getOrDefault(key, 0)
                        + ": unknown configuration key '" + key + "'");
            }
            if (existing != null && existing.isObject() && field.getValue().isObject()
                    && !OPEN_MAPS.contains(key)) {
                merge((ObjectNode) existing, (ObjectNode) field.getValue(), key, origin, lines);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    /** Maps every dotted key path in the YAML text to the line it is written on. */
    private Map<String, Integer> keyLines(String yaml) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = mapper().getFactory().createParser(yaml)) {
            Deque<String> path = new ArrayDeque<>();
            String pendingField = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        pendingField = parser.currentName();
                        String key = path.isEmpty() ? pendingField
                                : String.join(".", reversed(path)) + "." + pendingField;
                        lines.putIfAbsent(key, parser.currentLocation().getLineNr());
                    }
                    case START_OBJECT, START_ARRAY -> {
                        path.push(pendingField == null ? "[]" : pendingField);
                        pendingField = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!path.isEmpty()) {
                            path.pop();
                        }
                    }
                    default -> pendingField = null;
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("cannot scan YAML text", e);
        }
        // the document's root object pushes a "[]" marker: drop it from every key
        Map<String, Integer> cleaned = new HashMap<>();
        lines.forEach((k, v) -> cleaned.put(k.startsWith("[].") ? k.substring(3) : k, v));
        return cleaned;
    }

    private static Iterable<String> reversed(Deque<String> path) {
        return path::descendingIterator;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (key.length() > 0) {
                    key.append('.');
                }
                key.append(ref.getFieldName());
            }
        }
        return key.toString();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
