package io.bellamy.tuning;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hyperparameter values of one trial, by name, in search-space order. Immutable. Values are
 * {@link Double} for float parameters, {@link Integer} for int parameters and the chosen
 * {@link Number} or {@link String} for categorical ones.
 */
public final class TrialParams implements Serializable {

    private final Map<String, Object> values;

    /**
     * Keeps a copy of {@code values} in iteration order.
     *
     * @param values non-null names and values, each a {@link Number} or {@link String}
     */
    public TrialParams(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new IllegalArgumentException(
                        "trial parameters must not hold null names or values, got " + values);
            }
            if (!(entry.getValue() instanceof Number) && !(entry.getValue() instanceof String)) {
                throw new IllegalArgumentException("parameter '" + entry.getKey()
                        + "' must be a number or a string, got " + entry.getValue() + " ("
                        + entry.getValue().getClass().getSimpleName() + ")");
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        this.values = Collections.unmodifiableMap(copy);
    }

    /** The names in order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** All values by name, unmodifiable, in order. */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * The value of {@code name}.
     *
     * @throws IllegalArgumentException if there is no such parameter
     */
    public Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    "unknown parameter '" + name + "'; known: " + values.keySet());
        }
        return value;
    }

    /**
     * The numeric value of {@code name} as a double (float, int, or numeric categorical).
     *
     * @throws IllegalArgumentException if there is no such parameter or it is a string
     */
    public double getDouble(String name) {
        Object value = get(name);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException(
                "parameter '" + name + "' is the string '" + value + "', not a number");
    }

    /**
     * The value of {@code name} as an int: an int parameter, or a categorical whose choice is a
     * whole number in int range.
     *
     * @throws IllegalArgumentException if there is no such parameter or it is not a whole number
     */
    public int getInt(String name) {
        Object value = get(name);
        if (value instanceof Integer integer) {
            return integer;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        }
        throw new IllegalArgumentException(
                "parameter '" + name + "' is " + describe(value) + ", not a whole number");
    }

    /**
     * The value of {@code name} as a string (a categorical string choice).
     *
     * @throws IllegalArgumentException if there is no such parameter or it is a number
     */
    public String getString(String name) {
        Object value = get(name);
        if (value instanceof String string) {
            return string;
        }
        throw new IllegalArgumentException(
                "parameter '" + name + "' is the number " + value + ", not a string");
    }

    private static String describe(Object value) {
        return value instanceof String ? "the string '" + value + "'" : "the number " + value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrialParams that && values.equals(that.values)
                && names().equals(that.names());
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
