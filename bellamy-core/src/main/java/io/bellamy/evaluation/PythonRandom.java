package io.bellamy.evaluation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The few operations of CPython's {@code random.Random} that the evaluation splits use,
 * reproducing CPython 3.x bit for bit: seeding from an integer, {@code random()},
 * {@code getrandbits(k)}, {@code _randbelow(n)}, {@code shuffle(x)} and {@code sample(population, k)}.
 *
 * <p>The generator is MT19937 (Matsumoto and Nishimura, ACM TOMACS 8(1), 1998) as in CPython's
 * {@code Modules/_randommodule.c}: an integer seed {@code a} is turned into the little-endian
 * 32-bit words of {@code |a|} (one zero word for 0) and fed to {@code init_by_array};
 * {@code getrandbits} takes the top {@code k} bits of a word (several words, least significant
 * first, above 32). {@code _randbelow}, {@code shuffle} and {@code sample} follow
 * {@code Lib/random.py}: rejection sampling on {@code getrandbits(n.bit_length())}; Fisher-Yates
 * from the end; and {@code sample}'s choice between a pool (small populations) and a set of
 * selected indices (large ones), which draws differently.
 *
 * <p>Not thread-safe: one instance per stream of draws.
 */
final class PythonRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;

    /** As {@code random.Random(seed)} for an int seed. */
    PythonRandom(long seed) {
        this(BigInteger.valueOf(seed));
    }

    /** As {@code random.Random(seed)} for an int seed of any size; the sign is ignored. */
    PythonRandom(BigInteger seed) {
        Objects.requireNonNull(seed, "seed");
        BigInteger n = seed.abs();
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The next 32-bit output of MT19937, as an unsigned value in {@code [0, 2^32)}. */
    long nextUnsignedInt() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return Integer.toUnsignedLong(y);
    }

    private void twist() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        index = 0;
    }

    /** As {@code random()}: a double in {@code [0, 1)} with 53 random bits. */
    double random() {
        long a = nextUnsignedInt() >>> 5;
        long b = nextUnsignedInt() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /**
     * As {@code getrandbits(k)}.
     *
     * @param k number of bits, 0..63
     * @return a value in {@code [0, 2^k)}
     */
    long getrandbits(int k) {
        if (k < 0 || k > 63) {
            throw new IllegalArgumentException("number of bits must be in 0..63, got " + k);
        }
        if (k == 0) {
            return 0;
        }
        if (k <= 32) {
            return nextUnsignedInt() >>> (32 - k);
        }
        long result = 0;
        int shift = 0;
        for (int left = k; left > 0; left -= 32, shift += 32) {
            long word = nextUnsignedInt();
            if (left < 32) {
                word >>>= 32 - left;
            }
            result |= word << shift;
        }
        return result;
    }

    /**
     * As {@code _randbelow(n)} (the getrandbits variant): a uniform int in {@code [0, n)}.
     *
     * @param n the bound, at least 1
     */
    int randbelow(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("bound must be >= 1, got " + n);
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return (int) r;
    }

    /**
     * As {@code shuffle(x)}: permutes {@code list} in place.
     *
     * @param list the list to shuffle (modified)
     */
    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i >= 1; i--) {
            int j = randbelow(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /**
     * As {@code sample(population, k)}: {@code k} distinct positions of {@code population}, in
     * selection order.
     *
     * @param population the elements to choose from (not modified)
     * @param k how many, in {@code 0..population.size()}
     * @return a new list of the chosen elements
     */
    <T> List<T> sample(List<T> population, int k) {
        int n = population.size();
        if (k < 0 || k > n) {
            throw new IllegalArgumentException(
                    "sample size must be in 0.." + n + " (the population size), got " + k);
        }
        List<T> result = new ArrayList<>(k);
        if (n <= setSize(k)) {
            List<T> pool = new ArrayList<>(population);
            for (int i = 0; i < k; i++) {
                int j = randbelow(n - i);
                result.add(pool.get(j));
                pool.set(j, pool.get(n - i - 1));
            }
        } else {
            Set<Integer> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                int j = randbelow(n);
                while (selected.contains(j)) {
                    j = randbelow(n);
                }
                selected.add(j);
                result.add(population.get(j));
            }
        }
        return result;
    }

    /** {@code random.py}'s threshold: a pool is used when the population is at most this. */
    static int setSize(int k) {
        int size = 21;
        if (k > 5) {
            size += (int) Math.pow(4, Math.ceil(Math.log(k * 3.0) / Math.log(4)));
        }
        return size;
    }
}
