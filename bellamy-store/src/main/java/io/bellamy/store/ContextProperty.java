package io.bellamy.store;

import io.bellamy.data.RunRecord;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The context properties of a run record (SPEC §2) that a {@link RunQuery} can filter on by
 * equality. Text properties take {@link String} values; {@link #DATA_SIZE_MB} takes a
 * {@link Double}.
 */
public enum ContextProperty {
    /** Essential, e.g. {@code m4.2xlarge}. */
    MACHINE_TYPE("machine_type", "machine_type", true),
    /** Essential, e.g. {@code computer}. */
    JOB_ARGS("job_args", "job_args", true),
    /** Essential, input size in MB; the only numeric property. */
    DATA_SIZE_MB("data_size_MB", "data_size_mb", true),
    /** Essential, e.g. {@code 100 150000000 0.5}. */
    DATA_CHARACTERISTICS("data_characteristics", "data_characteristics", true),
    /** Essential, e.g. {@code public cloud aws emr}. */
    ENVIRONMENT("environment", "environment", true),
    /** Optional, e.g. {@code grep-spark}. */
    JOB_TYPE("job_type", "job_type", false);

    private final String key;
    private final String column;
    private final boolean essential;

    ContextProperty(String key, String column, boolean essential) {
        this.key = key;
        this.column = column;
        this.essential = essential;
    }

    /** The property's name in files and requests, e.g. {@code data_size_MB}. */
    public String key() {
        return key;
    }

    /** Whether SPEC §2 calls the property essential (every one except {@code job_type}). */
    public boolean essential() {
        return essential;
    }

    /** Whether values are numbers ({@link Double}) rather than text. */
    public boolean numeric() {
        return this == DATA_SIZE_MB;
    }

    /** The record's value of this property: a {@link String}, or a {@link Double} if numeric. */
    public Object valueOf(RunRecord record) {
        return switch (this) {
            case MACHINE_TYPE -> record.machineType();
            case JOB_ARGS -> record.jobArgs();
            case DATA_SIZE_MB -> record.dataSizeMB();
            case DATA_CHARACTERISTICS -> record.dataCharacteristics();
            case ENVIRONMENT -> record.environment();
            case JOB_TYPE -> record.jobType();
        };
    }

    /**
     * Parses a value given as text (from a command line or a request): text properties keep it
     * as it is, {@link #DATA_SIZE_MB} parses a finite number.
     *
     * @throws IllegalArgumentException if a numeric value is not a finite number
     */
    public Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(key + " value must not be null");
        }
        if (!numeric()) {
            return text;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    key + " must be a finite number, got '" + text + "'", e);
        }
        throw new IllegalArgumentException(key + " must be a finite number, got '" + text + "'");
    }

    /**
     * The property with the given {@linkplain #key() key}, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid keys if there is none
     */
    public static ContextProperty fromKey(String key) {
        for (ContextProperty property : values()) {
            if (property.key.equalsIgnoreCase(key)) {
                return property;
            }
        }
        throw new IllegalArgumentException("unknown context property '" + key + "', expected one of "
                + Arrays.stream(values()).map(ContextProperty::key)
                        .collect(Collectors.joining(", ")));
    }

    /** The column holding this property in the {@code runs} table. */
    String column() {
        return column;
    }

    /** Checks a filter value's type and normalises numbers to {@link Double}. */
    Object normalise(Object value) {
        if (numeric()) {
            if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                throw new IllegalArgumentException(
                        key + " filter must be a finite number, got " + describe(value));
            }
            return number.doubleValue() + 0.0; // + 0.0 turns -0.0 into 0.0
        }
        if (!(value instanceof String)) {
            throw new IllegalArgumentException(
                    key + " filter must be text, got " + describe(value));
        }
        return value;
    }

    private static String describe(Object value) {
        return value == null ? "null"
                : "'" + value + "' (" + value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }
}
