package io.bellamy.features;

/** Whether a context property is text or a number, and the category flag that says so (SPEC §3). */
public enum PropertyKind {
    /** Hashed with the {@link HashingVectorizer}; flag {@code 0}. */
    TEXT(0.0),
    /** Encoded with the {@link BinaryEncoder}; flag {@code 1}. */
    NUMERIC(1.0);

    private final double flag;

    PropertyKind(double flag) {
        this.flag = flag;
    }

    /** The category flag, the first value of every property encoding. */
    public double flag() {
        return flag;
    }
}
