package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered, immutable set of hyperparameters with unique names. Samplers draw the parameters
 * in this order.
 *
 * @param params at least one parameter, names unique
 */
public record SearchSpace(List<ParamSpec> params) {

    /** Validates and keeps an unmodifiable copy. */
    public SearchSpace {
        if (params == null || params.isEmpty()) {
            throw new IllegalArgumentException(
                    "a search space needs at least one parameter, got " + params);
        }
        Set<String> names = new HashSet<>();
        for (ParamSpec param : params) {
            if (param == null) {
                throw new IllegalArgumentException("a search space parameter is null in " + params);
            }
            if (!names.add(param.name())) {
                throw new IllegalArgumentException(
                        "parameter name '" + param.name() + "' appears twice in the search space");
            }
        }
        params = List.copyOf(params);
    }

    /** A space of the given parameters, in order. */
    public static SearchSpace of(ParamSpec... params) {
        return new SearchSpace(List.of(params));
    }

    /** The parameter names in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(params.size());
        for (ParamSpec param : params) {
            names.add(param.name());
        }
        return names;
    }

    /**
     * Checks that {@code trialParams} has exactly this space's names, each with a value the
     * parameter contains.
     *
     * @throws IllegalArgumentException naming the first offending parameter and value
     */
    public void validate(TrialParams trialParams) {
        if (!trialParams.names().equals(names())) {
            throw new IllegalArgumentException("trial parameters " + trialParams.names()
                    + " do not match the search space " + names());
        }
        for (ParamSpec param : params) {
            Object value = trialParams.get(param.name());
            if (!param.contains(value)) {
                throw new IllegalArgumentException("parameter '" + param.name()
                        + "' has the value " + value + ", which is not in " + param);
            }
        }
    }

    /**
     * The trial parameters for one internal value per parameter (see
     * {@link ParamSpec#fromInternal(double)}).
     *
     * @param internal one value per parameter in space order; not modified
     */
    TrialParams fromInternal(double[] internal) {
        if (internal.length != params.size()) {
            throw new IllegalArgumentException("expected " + params.size()
                    + " internal values, got " + internal.length);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < internal.length; i++) {
            values.put(params.get(i).name(), params.get(i).fromInternal(internal[i]));
        }
        return new TrialParams(values);
    }
}
