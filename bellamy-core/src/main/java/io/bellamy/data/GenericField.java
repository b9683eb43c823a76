package io.bellamy.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A run-record field as named in SPEC §2, the column or key names of the generic format. */
enum GenericField {
    ALGORITHM("algorithm", Kind.TEXT),
    INSTANCE_COUNT("instance_count", Kind.NUMBER),
    GROSS_RUNTIME("gross_runtime", Kind.NUMBER),
    MACHINE_TYPE("machine_type", Kind.TEXT),
    JOB_ARGS("job_args", Kind.TEXT),
    DATA_SIZE_MB("data_size_MB", Kind.NUMBER),
    DATA_CHARACTERISTICS("data_characteristics", Kind.TEXT),
    ENVIRONMENT("environment", Kind.TEXT),
    JOB_TYPE("job_type", Kind.TEXT),
    MEMORY("memory", Kind.NUMBER),
    SLOTS("slots", Kind.NUMBER);

    /** Whether a field holds text or a number. */
    enum Kind { TEXT, NUMBER }

    private final String fieldName;
    private final Kind kind;

    GenericField(String fieldName, Kind kind) {
        this.fieldName = fieldName;
        this.kind = kind;
    }

    /** The SPEC name, e.g. {@code data_size_MB}. */
    String fieldName() {
        return fieldName;
    }

    Kind kind() {
        return kind;
    }

    /** The field with this name, ignoring case. */
    static Optional<GenericField> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.fieldName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** Every field name, comma separated, for messages. */
    static String names() {
        return Arrays.stream(values()).map(GenericField::fieldName)
                .collect(Collectors.joining(", "));
    }
}
