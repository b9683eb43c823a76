package io.bellamy.store;

import io.bellamy.data.ContextKey;
import io.bellamy.data.PredictionRequest;
import io.bellamy.data.RunRecord;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which runs to read from a {@link RunStore}: one algorithm's runs, optionally only from some
 * sources, filtered by equality on any subset of the {@linkplain ContextProperty context
 * properties}. Immutable; the {@code with...} and {@code where...} methods return copies.
 *
 * <pre>{@code
 * RunQuery q = RunQuery.of("grep")
 *         .withSources(Set.of("c3o"))
 *         .where(ContextProperty.MACHINE_TYPE, "c4.2xlarge")
 *         .where(ContextProperty.DATA_SIZE_MB, 15150.0);
 * }</pre>
 *
 * @param algorithm the algorithm, not blank
 * @param sources the sources to read from; empty means all (never {@code null}: a {@code null}
 *     argument becomes empty)
 * @param filters property values the runs must equal: {@link String} for text properties,
 *     {@link Double} for {@link ContextProperty#DATA_SIZE_MB}
 */
public record RunQuery(String algorithm, Set<String> sources, Map<ContextProperty, Object> filters) {

    /** Validates and makes unmodifiable copies. */
    public RunQuery {
        Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm.isBlank()) {
            throw new IllegalArgumentException("algorithm must not be blank");
        }
        sources = copySources(sources);
        EnumMap<ContextProperty, Object> copy = new EnumMap<>(ContextProperty.class);
        if (filters != null) {
            filters.forEach((property, value) -> copy.put(
                    Objects.requireNonNull(property, "filter property"), property.normalise(value)));
        }
        filters = Collections.unmodifiableMap(copy);
    }

    /** All runs of an algorithm, from every source. */
    public static RunQuery of(String algorithm) {
        return new RunQuery(algorithm, null, null);
    }

    /**
     * The history of a prediction request (SPEC §6 step 2): the algorithm's runs whose essential
     * properties equal every non-empty essential property of the request.
     */
    public static RunQuery forRequest(String algorithm, PredictionRequest r) {
        RunQuery q = of(algorithm).where(ContextProperty.DATA_SIZE_MB, r.dataSizeMB());
        if (!r.machineType().isEmpty()) {
            q = q.where(ContextProperty.MACHINE_TYPE, r.machineType());
        }
        if (!r.jobArgs().isEmpty()) {
            q = q.where(ContextProperty.JOB_ARGS, r.jobArgs());
        }
        if (!r.dataCharacteristics().isEmpty()) {
            q = q.where(ContextProperty.DATA_CHARACTERISTICS, r.dataCharacteristics());
        }
        if (!r.environment().isEmpty()) {
            q = q.where(ContextProperty.ENVIRONMENT, r.environment());
        }
        return q;
    }

    /** The runs of exactly one context: its algorithm and all six context properties. */
    public static RunQuery forContext(ContextKey context) {
        return of(context.algorithm())
                .where(ContextProperty.MACHINE_TYPE, context.machineType())
                .where(ContextProperty.JOB_ARGS, context.jobArgs())
                .where(ContextProperty.DATA_SIZE_MB, context.dataSizeMB())
                .where(ContextProperty.DATA_CHARACTERISTICS, context.dataCharacteristics())
                .where(ContextProperty.ENVIRONMENT, context.environment())
                .where(ContextProperty.JOB_TYPE, context.jobType());
    }

    /** A copy reading only from these sources ({@code null} or empty: all sources). */
    public RunQuery withSources(Set<String> newSources) {
        return new RunQuery(algorithm, newSources, filters);
    }

    /**
     * A copy that also requires {@code property} to equal {@code value} (replacing an earlier
     * filter on the same property).
     *
     * @param value a {@link String} for text properties, a finite {@link Number} for
     *     {@link ContextProperty#DATA_SIZE_MB}
     * @throws IllegalArgumentException if the value has the wrong type
     */
    public RunQuery where(ContextProperty property, Object value) {
        EnumMap<ContextProperty, Object> next = new EnumMap<>(ContextProperty.class);
        next.putAll(filters);
        next.put(Objects.requireNonNull(property, "property"), value);
        return new RunQuery(algorithm, sources, next);
    }

    /** A copy without a filter on {@code property}. */
    public RunQuery without(ContextProperty property) {
        EnumMap<ContextProperty, Object> next = new EnumMap<>(ContextProperty.class);
        next.putAll(filters);
        next.remove(property);
        return new RunQuery(algorithm, sources, next);
    }

    /**
     * Whether a record has this query's algorithm and every filtered property value. Sources are
     * not part of a record and are not checked.
     */
    public boolean matches(RunRecord record) {
        if (!record.algorithm().equals(algorithm)) {
            return false;
        }
        for (Map.Entry<ContextProperty, Object> filter : filters.entrySet()) {
            Object actual = filter.getKey().valueOf(record);
            boolean equal = actual instanceof Double d
                    ? d.doubleValue() == (Double) filter.getValue()
                    : actual.equals(filter.getValue());
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> copySources(Set<String> sources) {
        TreeSet<String> copy = new TreeSet<>();
        if (sources != null) {
            for (String source : sources) {
                if (source == null || source.isBlank()) {
                    throw new IllegalArgumentException(
                            "sources must not contain a blank or null name, got " + sources);
                }
                copy.add(source);
            }
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
