package io.bellamy.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Canonical ids of the property vectors of one {@link NetworkInput}: two vectors get the same id
 * exactly when their values are equal bit for bit ({@link Double#doubleToLongBits}). Essential
 * vectors are numbered first ({@code row * 5 + property}), then optional ones. The ids are
 * computed once per input (recognised by the identity of its arrays, which must not be modified
 * while a network trains on them) and kept, with a stamped slot table that maps ids to batch
 * columns without clearing. Not thread-safe; one per network.
 */
final class VectorIds {

    private double[] essential;
    private double[] optional;
    private int[] ids = new int[0];
    private int[] stamp = new int[0];
    private int[] slot = new int[0];
    private int generation;

    /** Computes the ids of {@code input}'s vectors of length {@code e}, unless already known. */
    void prepare(NetworkInput input, int e) {
        if (input.essential() == essential && input.optional() == optional) {
            return;
        }
        double[] ess = input.essential();
        double[] opt = input.optional();
        int essentialVectors = ess.length / e;
        int total = essentialVectors + opt.length / e;
        int[] newIds = new int[total];
        Map<Key, Integer> known = new HashMap<>();
        for (int v = 0; v < total; v++) {
            Key key = v < essentialVectors ? new Key(ess, v * e, e)
                    : new Key(opt, (v - essentialVectors) * e, e);
            Integer id = known.putIfAbsent(key, known.size());
            newIds[v] = id == null ? known.size() - 1 : id;
        }
        ids = newIds;
        stamp = new int[known.size()];
        slot = new int[known.size()];
        generation = 0;
        essential = ess;
        optional = opt;
    }

    /** The id of vector {@code v}. */
    int id(int v) {
        return ids[v];
    }

    /** Starts a new batch: every id is unassigned again. */
    int nextGeneration() {
        generation++;
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            generation = 1;
        }
        return generation;
    }

    /**
     * The slot of {@code id} in batch {@code gen}; an id not yet seen in this batch is assigned
     * {@code next}.
     */
    int slot(int id, int gen, int next) {
        if (stamp[id] != gen) {
            stamp[id] = gen;
            slot[id] = next;
        }
        return slot[id];
    }

    /** A vector of {@code length} values at {@code offset} in {@code values}. */
    private record Key(double[] values, int offset, int length) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.length == length
                    && Arrays.equals(values, offset, offset + length, k.values, k.offset,
                            k.offset + k.length);
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + Double.hashCode(values[i]);
            }
            return h;
        }
    }
}
