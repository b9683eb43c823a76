package io.bellamy.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Strictly typed access to the fields of one JSON object; errors start with {@code at}. */
final class JsonFields {

    private final String at;
    private final JsonNode node;

    JsonFields(String at, JsonNode node) {
        this.at = at;
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(at + "expected a JSON object, got "
                    + (node == null ? "nothing" : node.getNodeType()));
        }
        this.node = node;
    }

    /** Requires the object to have exactly these fields. */
    void requireExactly(Set<String> names) {
        Set<String> present = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            present.add(it.next());
        }
        Set<String> missing = new TreeSet<>(names);
        missing.removeAll(present);
        Set<String> unknown = new TreeSet<>(present);
        unknown.removeAll(names);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException(at + (missing.isEmpty() ? "" : "missing fields "
                    + missing + (unknown.isEmpty() ? "" : "; ")) + (unknown.isEmpty() ? ""
                    : "unknown fields " + unknown));
        }
    }

    private JsonNode field(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new IllegalArgumentException(at + "missing field '" + name + "'");
        }
        return value;
    }

    private IllegalArgumentException wrong(String name, String expected, JsonNode value) {
        return new IllegalArgumentException(at + "field '" + name + "' must be " + expected
                + ", got " + value);
    }

    JsonNode object(String name) {
        JsonNode v = field(name);
        if (!v.isObject()) {
            throw wrong(name, "an object", v);
        }
        return v;
    }

    JsonNode array(String name) {
        JsonNode v = field(name);
        if (!v.isArray()) {
            throw wrong(name, "an array", v);
        }
        return v;
    }

    String text(String name) {
        JsonNode v = field(name);
        if (!v.isTextual()) {
            throw wrong(name, "a string", v);
        }
        return v.asText();
    }

    int integer(String name) {
        JsonNode v = field(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw wrong(name, "an integer", v);
        }
        return v.intValue();
    }

    long longInteger(String name) {
        JsonNode v = field(name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw wrong(name, "an integer", v);
        }
        return v.longValue();
    }

    double number(String name) {
        JsonNode v = field(name);
        if (!v.isNumber()) {
            throw wrong(name, "a number", v);
        }
        return v.doubleValue();
    }

    List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : array(name)) {
            if (!e.isTextual()) {
                throw wrong(name, "an array of strings", node.get(name));
            }
            out.add(e.asText());
        }
        return out;
    }

    List<Integer> integers(String name) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode e : array(name)) {
            if (!e.isIntegralNumber() || !e.canConvertToInt()) {
                throw wrong(name, "an array of integers", node.get(name));
            }
            out.add(e.intValue());
        }
        return out;
    }
}
