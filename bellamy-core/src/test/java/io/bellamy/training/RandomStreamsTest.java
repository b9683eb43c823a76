package io.bellamy.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    @Test
    void unmixInvertsTheOutputOfAFreshStream() {
        SplittableRandom seeds = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            long seed = seeds.nextLong();
            // a fresh stream's first output is mix64(seed + golden gamma)
            assertEquals(seed + GOLDEN_GAMMA,
                    RandomStreams.unmix64(new SplittableRandom(seed).nextLong()));
        }
    }

    @Test
    void countsTheStepsOfNextLongDraws() {
        SplittableRandom advanced = new SplittableRandom(42).split();
        for (int i = 0; i < 1234; i++) {
            advanced.nextLong();
        }
        assertEquals(1234, RandomStreams.stepsBetween(new SplittableRandom(42).split(), advanced));
        assertEquals(0, RandomStreams.stepsBetween(new SplittableRandom(42).split(),
                new SplittableRandom(42).split()));
    }

    @Test
    void aSkippedFreshStreamContinuesLikeTheAdvancedOneWhateverWasDrawn() {
        Consumer<SplittableRandom> mixedDraws = rng -> {
            for (int i = 0; i < 500; i++) {
                rng.nextInt(i + 1);
                rng.nextGaussian();
                rng.nextDouble();
                rng.nextInt(7, 1 << 30);
                rng.nextBoolean();
            }
        };
        SplittableRandom measured = stream();
        SplittableRandom twin = stream();
        mixedDraws.accept(measured);
        mixedDraws.accept(twin);
        long steps = RandomStreams.stepsBetween(stream(), measured);
        SplittableRandom resumed = RandomStreams.skip(stream(), steps);
        for (int i = 0; i < 100; i++) {
            assertEquals(twin.nextLong(), resumed.nextLong(), "draw " + i + " after " + steps);
        }
    }

    @Test
    void refusesStreamsOfDifferentOrigin() {
        SplittableRandom other = new SplittableRandom(8);
        assertThrows(IllegalStateException.class,
                () -> RandomStreams.stepsBetween(stream(), other));
        assertThrows(IllegalArgumentException.class, () -> RandomStreams.skip(stream(), -1));
    }

    /** A stream with a gamma other than the golden one, as a pre-training run's. */
    private static SplittableRandom stream() {
        SplittableRandom root = new SplittableRandom(99);
        root.nextLong();
        return root.split();
    }
}
