package io.bellamy.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to the fields of a JSON object in a request body; every error is a 400 problem
 * naming the field by its JSON path (e.g. {@code runs[2].gross_runtime}).
 *
 * @param node the object
 * @param path its path in the body ({@code ""} for the root)
 */
record Fields(JsonNode node, String path) {

    /** The path of a field of this object. */
    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Rejects fields not in {@code known}. */
    Fields onlyKnown(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiProblem.badField(at(name), "unknown field '" + at(name)
                        + "'; expected one of " + new TreeSet<>(known));
            }
        }
        return this;
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /** A string field; {@code fallback} when absent or null ({@code null} fallback: required). */
    String text(String name, String fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw ApiProblem.badField(at(name), "missing required field '" + at(name) + "'");
            }
            return fallback;
        }
        if (!v.isTextual()) {
            throw ApiProblem.badField(at(name), "'" + at(name) + "' must be a string, got " + v);
        }
        return v.asText();
    }

    /** A whole-number field, required when {@code fallback} is {@code null}. */
    Integer integer(String name, Integer fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw ApiProblem.badField(at(name), "missing required field '" + at(name) + "'");
            }
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw ApiProblem.badField(at(name), "'" + at(name) + "' must be a whole number, got "
                    + v);
        }
        return v.intValue();
    }

    /** A finite number field; {@code null} when absent and not required. */
    Double number(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiProblem.badField(at(name), "missing required field '" + at(name) + "'");
            }
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw ApiProblem.badField(at(name), "'" + at(name) + "' must be a finite number, got "
                    + v);
        }
        return v.doubleValue();
    }

    /** A boolean field. */
    boolean bool(String name, boolean fallback) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw ApiProblem.badField(at(name), "'" + at(name) + "' must be true or false, got "
                    + v);
        }
        return v.booleanValue();
    }

    /** A nested object, or {@code null} when absent and not required. */
    Fields object(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiProblem.badField(at(name), "missing required field '" + at(name) + "'");
            }
            return null;
        }
        if (!v.isObject()) {
            throw ApiProblem.badField(at(name), "'" + at(name) + "' must be a JSON object, got "
                    + v);
        }
        return new Fields(v, at(name));
    }
}
