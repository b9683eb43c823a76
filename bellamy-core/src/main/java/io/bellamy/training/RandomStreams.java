package io.bellamy.training;

import java.util.SplittableRandom;

/**
 * Positions in {@link SplittableRandom} streams, so that a stream can be checkpointed and
 * re-created in another process without reflection into the JDK.
 *
 * <p>A {@code SplittableRandom} is SplitMix64 (Steele, Lea and Flood, "Fast Splittable
 * Pseudorandom Number Generators", OOPSLA 2014): a 64-bit seed that advances by a fixed odd
 * gamma at every step, each draw taking one or more steps, each step's output being
 * {@code mix64(seed)}. {@code mix64} is invertible, so two outputs of a stream reveal its seed
 * and gamma; the number of steps between two streams with the same gamma is the difference of
 * their seeds divided by the gamma (modulo 2<sup>64</sup>). A stream is brought to a position by
 * stepping a fresh copy forward, about a nanosecond per step.
 *
 * <p>{@code mix64} is the JDK's (unchanged since Java 8) and not part of its specification;
 * {@link #stepsBetween} checks that both streams show the same gamma, so a JDK with another
 * mixing function fails loudly instead of resuming a different stream.
 */
final class RandomStreams {

    private static final long MIX_1 = 0xbf58476d1ce4e5b9L;
    private static final long MIX_2 = 0x94d049bb133111ebL;
    private static final long MIX_1_INVERSE = inverse(MIX_1);
    private static final long MIX_2_INVERSE = inverse(MIX_2);

    private RandomStreams() {
    }

    /**
     * How many steps {@code advanced} is ahead of {@code origin}, a fresh stream made the same
     * way (same seed, same splits). Both streams are consumed (two draws each) and must not be
     * used afterwards.
     *
     * @throws IllegalStateException if the two are not positions of one stream
     */
    static long stepsBetween(SplittableRandom origin, SplittableRandom advanced) {
        long o1 = unmix64(origin.nextLong());
        long o2 = unmix64(origin.nextLong());
        long a1 = unmix64(advanced.nextLong());
        long a2 = unmix64(advanced.nextLong());
        long gamma = o2 - o1;
        if (a2 - a1 != gamma || (gamma & 1) == 0) {
            throw new IllegalStateException("the two random streams differ in gamma (0x"
                    + Long.toHexString(gamma) + " vs 0x" + Long.toHexString(a2 - a1)
                    + "): not one stream, or this JDK's SplittableRandom is not SplitMix64");
        }
        long steps = (a1 - o1) * inverse(gamma);
        if (steps < 0) {
            throw new IllegalStateException("the advanced random stream is not ahead of its "
                    + "origin (" + Long.toUnsignedString(steps) + " steps)");
        }
        return steps;
    }

    /**
     * Advances {@code rng} by {@code steps} steps and returns it.
     *
     * @throws IllegalArgumentException if {@code steps < 0}
     */
    static SplittableRandom skip(SplittableRandom rng, long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        for (long i = 0; i < steps; i++) {
            rng.nextLong();
        }
        return rng;
    }

    /** The inverse of {@code SplittableRandom}'s {@code mix64}. */
    static long unmix64(long z) {
        z = unshift(z, 31) * MIX_2_INVERSE;
        z = unshift(z, 27) * MIX_1_INVERSE;
        return unshift(z, 30);
    }

    /** Inverts {@code x ^ (x >>> shift)}. */
    private static long unshift(long y, int shift) {
        long x = y;
        for (int bits = shift; bits < Long.SIZE; bits += shift) {
            x = y ^ (x >>> shift);
        }
        return x;
    }

    /** The inverse of an odd number modulo 2^64 (Newton's iteration doubles the good bits). */
    private static long inverse(long odd) {
        long x = odd; // correct to 3 bits for any odd number
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
