package io.bellamy.evaluation;

import java.util.Objects;

/** The two settings of SPEC §8. */
public enum EvaluationVariant {
    /** C3O: five folds of contexts per algorithm, pre-training on the other folds. */
    C3O("c3o", "c3o"),
    /** Cross-environment: pre-train on all C3O contexts, fine-tune and test on the Bell data. */
    BELL_CROSS("bell-cross", "bell_xenv");

    private final String id;
    private final String manifestId;

    EvaluationVariant(String id, String manifestId) {
        this.id = id;
        this.manifestId = manifestId;
    }

    /** The name on the command line and in reports: {@code c3o} or {@code bell-cross}. */
    public String id() {
        return id;
    }

    /** The name in split manifests' {@code variant} field: {@code c3o} or {@code bell_xenv}. */
    public String manifestId() {
        return manifestId;
    }

    /**
     * The variant with the given id or manifest id.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static EvaluationVariant parse(String text) {
        Objects.requireNonNull(text, "text");
        for (EvaluationVariant v : values()) {
            if (v.id.equals(text) || v.manifestId.equals(text)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown evaluation variant '" + text
                + "'; valid: c3o, bell-cross (bell_xenv)");
    }

    @Override
    public String toString() {
        return id;
    }
}
