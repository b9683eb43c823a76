package io.bellamy.nn;

import java.util.Objects;

/**
 * A named, contiguous slice {@code [offset, offset + length)} of a {@link Parameters} array.
 *
 * @param name the group name, not blank
 * @param offset the first index of the slice, at least 0
 * @param length the number of values, at least 0
 */
public record ParameterGroup(String name, int offset, int length) {

    /** Validates the name and the bounds. */
    public ParameterGroup {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("parameter group name must not be blank");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("parameter group offset must be >= 0, got " + offset);
        }
        if (length < 0) {
            throw new IllegalArgumentException("parameter group length must be >= 0, got " + length);
        }
    }

    /** One past the last index of the slice. */
    public int end() {
        return offset + length;
    }

    /** Whether {@code index} lies in this group's slice. */
    public boolean contains(int index) {
        return index >= offset && index < offset + length;
    }
}
