package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A categorical hyperparameter: one of a fixed list of numbers or strings (SPEC §5: every
 * parameter of the pre-training search is categorical, e.g. {@code lr} in {0.1, 0.01, 0.001}).
 *
 * @param name the parameter name; not blank
 * @param choices at least one choice, each a finite {@link Number} or a {@link String}, no
 *     duplicates; kept in the given order (samplers use the index)
 */
public record CategoricalParam(String name, List<Object> choices) implements ParamSpec {

    /** Validates the choices and keeps an unmodifiable copy. */
    public CategoricalParam {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(
                    "categorical parameter name must not be blank, got '" + name + "'");
        }
        if (choices == null || choices.isEmpty()) {
            throw new IllegalArgumentException("categorical parameter '" + name
                    + "' needs at least one choice, got " + choices);
        }
        Set<Object> seen = new HashSet<>();
        for (Object choice : choices) {
            if (!(choice instanceof String) && !(choice instanceof Number)) {
                throw new IllegalArgumentException("categorical parameter '" + name
                        + "' choices must be numbers or strings, got " + describe(choice));
            }
            if (choice instanceof Number number && !Double.isFinite(number.doubleValue())) {
                throw new IllegalArgumentException("categorical parameter '" + name
                        + "' choices must be finite, got " + choice);
            }
            if (!seen.add(choice)) {
                throw new IllegalArgumentException("categorical parameter '" + name
                        + "' has the choice " + describe(choice) + " twice in " + choices);
            }
        }
        choices = Collections.unmodifiableList(new ArrayList<>(choices));
    }

    @Override
    public boolean contains(Object value) {
        return choices.contains(value);
    }

    @Override
    public double toInternal(Object value) {
        int index = choices.indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException("categorical parameter '" + name + "' has no choice "
                    + describe(value) + "; choices are " + choices);
        }
        return index;
    }

    @Override
    public Object fromInternal(double internal) {
        long index = Math.round(internal);
        if (index < 0 || index >= choices.size()) {
            throw new IllegalArgumentException("categorical parameter '" + name
                    + "' has no choice index " + internal + "; it has " + choices.size()
                    + " choices");
        }
        return choices.get((int) index);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof String ? "'" + value + "'"
                : value + " (" + value.getClass().getSimpleName() + ")";
    }
}
