package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Known answers of CPython 3.11.7's {@code random.Random}, printed by python3 on this machine
 * (e.g. {@code random.Random(42).random()}); each expected value is quoted from its output.
 */
class PythonRandomTest {

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void randomMatchesCpythonForSeed42And0() {
        PythonRandom r = new PythonRandom(42);
        assertEquals(0.6394267984578837, r.random(), 0.0);
        assertEquals(0.025010755222666936, r.random(), 0.0);
        assertEquals(0.27502931836911926, r.random(), 0.0);
        PythonRandom zero = new PythonRandom(0);
        assertEquals(0.8444218515250481, zero.random(), 0.0);
        assertEquals(0.7579544029403025, zero.random(), 0.0);
    }

    @Test
    void getrandbitsMatchesCpythonForOneAndSeveralWords() {
        PythonRandom r = new PythonRandom(42);
        assertEquals(2746317213L, r.getrandbits(32));
        assertEquals(478163327L, r.getrandbits(32));
        assertEquals(107420369L, r.getrandbits(32));
        // [r.getrandbits(k) for k in (1, 5, 17, 31, 33, 48, 63)]
        PythonRandom s = new PythonRandom(42);
        long[] expected = {1, 3, 3278, 1592467581L, 1181241943L, 39274139637470L,
                945351111358374057L};
        int[] bits = {1, 5, 17, 31, 33, 48, 63};
        for (int i = 0; i < bits.length; i++) {
            assertEquals(expected[i], s.getrandbits(bits[i]), "getrandbits(" + bits[i] + ")");
        }
        assertEquals(0, new PythonRandom(42).getrandbits(0));
    }

    @Test
    void seedsLargerThanOneWordAndNegativeSeedsAreSeededLikeCpython() {
        PythonRandom big = new PythonRandom(BigInteger.TWO.pow(40).add(BigInteger.valueOf(5)));
        assertEquals(2166296868L, big.getrandbits(32));
        assertEquals(2220160828L, big.getrandbits(32));
        PythonRandom negative = new PythonRandom(-7);
        assertEquals(1390851128L, negative.getrandbits(32));
        assertEquals(4071050724L, negative.getrandbits(32));
        PythonRandom max32 = new PythonRandom(4294967295L);
        assertEquals(2728839433L, max32.getrandbits(32));
        assertEquals(2661025012L, max32.getrandbits(32));
    }

    @Test
    void stateRegenerationAfter624WordsMatchesCpython() {
        PythonRandom r = new PythonRandom(42);
        for (int i = 0; i < 1000; i++) {
            r.getrandbits(32);
        }
        assertEquals(2672573305L, r.getrandbits(32));
    }

    @Test
    void randbelowMatchesCpython() {
        assertEquals(0, new PythonRandom(42).randbelow(1));
        assertEquals(0, new PythonRandom(42).randbelow(2));
        assertEquals(2, new PythonRandom(42).randbelow(3));
        assertEquals(654, new PythonRandom(42).randbelow(1000));
        PythonRandom r = new PythonRandom(42);
        int[] bounds = {1, 2, 3, 1000, 7, 7, 7};
        int[] expected = {0, 0, 2, 281, 1, 1, 1};
        for (int i = 0; i < bounds.length; i++) {
            assertEquals(expected[i], r.randbelow(bounds[i]), "draw " + i);
        }
    }

    @Test
    void shuffleOfRange10MatchesCpython() {
        List<Integer> x = new ArrayList<>(range(10));
        new PythonRandom(42).shuffle(x);
        assertEquals(List.of(7, 3, 2, 8, 5, 6, 9, 4, 0, 1), x);
    }

    @Test
    void sampleMatchesCpythonOnBothAlgorithms() {
        // pool algorithm (population 10 <= 21)
        assertEquals(List.of(1, 0, 4), new PythonRandom(42).sample(range(10), 3));
        // set algorithm (population 100 > 21)
        assertEquals(List.of(81, 14, 3), new PythonRandom(42).sample(range(100), 3));
        // k = 10: threshold 21 + 4^3 = 85; 100 uses the set, 40 the pool
        assertEquals(List.of(41, 19, 50, 83, 6, 9, 68, 12, 46, 74),
                new PythonRandom(7).sample(range(100), 10));
        assertEquals(List.of(20, 9, 25, 3, 4, 34, 6, 23, 36, 29),
                new PythonRandom(7).sample(range(40), 10));
    }

    @Test
    void sampleThresholdFollowsRandomPy() {
        assertEquals(21, PythonRandom.setSize(0));
        assertEquals(21, PythonRandom.setSize(5));
        // python3: 21 + 4 ** math.ceil(math.log(k * 3, 4)) is 85 for k = 6 and k = 10
        assertEquals(85, PythonRandom.setSize(6));
        assertEquals(85, PythonRandom.setSize(10));
    }

    @Test
    void sampleLeavesThePopulationAloneAndRejectsBadSizes() {
        List<Integer> population = new ArrayList<>(range(6));
        new PythonRandom(1).sample(population, 6);
        assertEquals(range(6), population);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PythonRandom(1).sample(population, 7));
        assertEquals("sample size must be in 0..6 (the population size), got 7", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PythonRandom(1).randbelow(0));
        assertThrows(IllegalArgumentException.class, () -> new PythonRandom(1).getrandbits(64));
    }
}
