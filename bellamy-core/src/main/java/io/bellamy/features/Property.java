package io.bellamy.features;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A context property of a run (SPEC §2), by the name the prototype and the datasets use. */
public enum Property {
    /** Essential text, e.g. {@code m4.2xlarge}. */
    MACHINE_TYPE("machine_type", PropertyKind.TEXT),
    /** Essential text, e.g. {@code 3 0.001}. */
    JOB_ARGS("job_args", PropertyKind.TEXT),
    /** Essential number, input size in MB. */
    DATA_SIZE_MB("data_size_MB", PropertyKind.NUMERIC),
    /** Essential text, e.g. {@code 100 150000000 0.5}. */
    DATA_CHARACTERISTICS("data_characteristics", PropertyKind.TEXT),
    /** Essential text, e.g. {@code public cloud aws emr}. */
    ENVIRONMENT("environment", PropertyKind.TEXT),
    /** Optional text, e.g. {@code grep-spark}. */
    JOB_TYPE("job_type", PropertyKind.TEXT),
    /** Optional number, total cluster memory in MB. */
    MEMORY("memory", PropertyKind.NUMERIC),
    /** Optional number, total cluster cores. */
    SLOTS("slots", PropertyKind.NUMERIC);

    /** The essential properties of SPEC §3, in the order of the essential matrix. */
    public static final List<Property> ESSENTIAL =
            List.of(MACHINE_TYPE, JOB_ARGS, DATA_SIZE_MB, DATA_CHARACTERISTICS, ENVIRONMENT);

    /** The optional properties of SPEC §3, in the order of the optional matrix. */
    public static final List<Property> OPTIONAL = List.of(JOB_TYPE, MEMORY, SLOTS);

    private final String key;
    private final PropertyKind kind;

    Property(String key, PropertyKind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The column name, e.g. {@code data_size_MB}. */
    public String key() {
        return key;
    }

    /** Text or number. */
    public PropertyKind kind() {
        return kind;
    }

    /**
     * The property named {@code key}.
     *
     * @throws IllegalArgumentException naming the known keys if there is none
     */
    public static Property fromKey(String key) {
        for (Property p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown property '" + key + "'; known: "
                + Arrays.stream(values()).map(Property::key).collect(Collectors.joining(", ")));
    }

    /** The text of a {@link PropertyKind#TEXT} property in {@code values} (never null). */
    public String text(PropertyValues values) {
        return switch (this) {
            case MACHINE_TYPE -> values.machineType();
            case JOB_ARGS -> values.jobArgs();
            case DATA_CHARACTERISTICS -> values.dataCharacteristics();
            case ENVIRONMENT -> values.environment();
            case JOB_TYPE -> values.jobType();
            default -> throw new IllegalStateException(key + " is not a text property");
        };
    }

    /** The value of a {@link PropertyKind#NUMERIC} property in {@code values}, or null if absent. */
    public Double number(PropertyValues values) {
        return switch (this) {
            case DATA_SIZE_MB -> values.dataSizeMB();
            case MEMORY -> values.memory();
            case SLOTS -> values.slots();
            default -> throw new IllegalStateException(key + " is not a numeric property");
        };
    }

    /** Whether {@code values} has this property: text non-empty, number non-null. */
    public boolean isPresent(PropertyValues values) {
        return kind == PropertyKind.TEXT ? !text(values).isEmpty() : number(values) != null;
    }
}
