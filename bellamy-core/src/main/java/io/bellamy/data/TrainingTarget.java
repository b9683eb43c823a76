package io.bellamy.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which public data a model is pre-trained on (SPEC §2.1): the C3O data, the Bell data, or both
 * concatenated per algorithm.
 */
public enum TrainingTarget {
    /** Only records whose source is {@code c3o}. */
    C3O("c3o"),
    /** Only records whose source is {@code bell}. */
    BELL("bell"),
    /** Records of every source. */
    ALL("all");

    private final String id;

    TrainingTarget(String id) {
        this.id = id;
    }

    /** The lower-case id used on the command line and in model paths: c3o, bell or all. */
    public String id() {
        return id;
    }

    /**
     * Whether records of the given source belong to this target.
     *
     * @param source a dataset source id such as {@code c3o} or {@code bell}
     */
    public boolean selects(String source) {
        Objects.requireNonNull(source, "source");
        return this == ALL || id.equals(source);
    }

    /**
     * The target with the given id, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static TrainingTarget parse(String text) {
        Objects.requireNonNull(text, "text");
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (TrainingTarget t : values()) {
            if (t.id.equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown training target '" + text + "'; valid: "
                + Arrays.stream(values()).map(TrainingTarget::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
