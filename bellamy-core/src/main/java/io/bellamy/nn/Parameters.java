package io.bellamy.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The trainable values of a model in one flat {@code double[]}, with a parallel gradient array,
 * cut into named contiguous {@linkplain ParameterGroup groups} that can be frozen.
 *
 * <p>A frozen group receives no update, no weight decay and no optimizer-state change (see
 * {@link Adam}); layers skip computing its gradients. The arrays returned by {@link #values()}
 * and {@link #gradients()} are the live storage: layers read them and optimizers modify them in
 * place. Not thread-safe.
 */
public final class Parameters {

    private final double[] values;
    private final double[] gradients;
    private final List<ParameterGroup> groups;
    private final boolean[] frozen;

    private Parameters(List<ParameterGroup> groups, int size) {
        this.groups = List.copyOf(groups);
        this.values = new double[size];
        this.gradients = new double[size];
        this.frozen = new boolean[groups.size()];
    }

    /** A builder that lays out groups one after another. */
    public static Builder builder() {
        return new Builder();
    }

    /** Lays out named groups; each {@link #add} appends a slice to the current or a new group. */
    public static final class Builder {
        private final List<ParameterGroup> groups = new ArrayList<>();
        private int size;

        private Builder() {
        }

        /**
         * Reserves {@code count} values at the end of group {@code group} and returns their offset.
         * Slices of one group must be added consecutively, so that every group is contiguous.
         *
         * @throws IllegalArgumentException if {@code count < 0}
         * @throws IllegalStateException if {@code group} was closed by adding another group
         */
        public int add(String group, int count) {
            Objects.requireNonNull(group, "group");
            if (count < 0) {
                throw new IllegalArgumentException("parameter count must be >= 0, got " + count);
            }
            int offset = size;
            ParameterGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.name().equals(group)) {
                groups.set(groups.size() - 1,
                        new ParameterGroup(group, last.offset(), last.length() + count));
            } else {
                for (ParameterGroup g : groups) {
                    if (g.name().equals(group)) {
                        throw new IllegalStateException("parameter group '" + group
                                + "' is closed: its slices must be added consecutively");
                    }
                }
                groups.add(new ParameterGroup(group, offset, count));
            }
            size = Math.addExact(size, count);
            return offset;
        }

        /** The parameters, all zero, no group frozen. */
        public Parameters build() {
            return new Parameters(groups, size);
        }
    }

    /** The number of values. */
    public int size() {
        return values.length;
    }

    /** The live values (modified in place by optimizers). */
    public double[] values() {
        return values;
    }

    /** The live gradients, parallel to {@link #values()}. */
    public double[] gradients() {
        return gradients;
    }

    /** The groups in layout order. */
    public List<ParameterGroup> groups() {
        return groups;
    }

    /** The group called {@code name}. @throws IllegalArgumentException if there is none */
    public ParameterGroup group(String name) {
        return groups.get(indexOf(name));
    }

    /** The index in {@link #groups()} of the group holding value {@code index}. */
    public int groupIndexAt(int index) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).contains(index)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no parameter group holds index " + index
                + " (size " + values.length + ")");
    }

    /** Whether the group at {@code groupIndex} (in {@link #groups()}) is frozen. */
    public boolean isFrozen(int groupIndex) {
        return frozen[groupIndex];
    }

    /** Whether the group called {@code name} is frozen. */
    public boolean isFrozen(String name) {
        return frozen[indexOf(name)];
    }

    /** Freezes or unfreezes the group called {@code name}. */
    public void setFrozen(String name, boolean isFrozen) {
        frozen[indexOf(name)] = isFrozen;
    }

    /** Freezes or unfreezes every group. */
    public void setAllFrozen(boolean isFrozen) {
        Arrays.fill(frozen, isFrozen);
    }

    /** Sets every gradient to zero. */
    public void zeroGradients() {
        Arrays.fill(gradients, 0.0);
    }

    /** A copy of the values. */
    public double[] copyValues() {
        return values.clone();
    }

    /**
     * Overwrites the values with {@code source}.
     *
     * @throws IllegalArgumentException if the length differs from {@link #size()}
     */
    public void setValues(double[] source) {
        Objects.requireNonNull(source, "source");
        if (source.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length
                    + " parameter values, got " + source.length);
        }
        System.arraycopy(source, 0, values, 0, values.length);
    }

    /** Copies values and frozen flags of {@code other}, which must have the same layout. */
    public void copyFrom(Parameters other) {
        if (!other.groups.equals(groups)) {
            throw new IllegalArgumentException("parameter layouts differ: " + other.groups
                    + " vs " + groups);
        }
        System.arraycopy(other.values, 0, values, 0, values.length);
        System.arraycopy(other.frozen, 0, frozen, 0, frozen.length);
    }

    private int indexOf(String name) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown parameter group '" + name + "', known: "
                + groups.stream().map(ParameterGroup::name).toList());
    }
}
