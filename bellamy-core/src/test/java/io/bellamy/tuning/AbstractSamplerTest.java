package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Sampler} must keep (after Optuna's
 * {@code optuna/testing/pytest_samplers.py}); one small subclass per implementation.
 */
abstract class AbstractSamplerTest {

    static final SearchSpace SPACE = SearchSpace.of(
            ParamSpec.categorical("lr", 0.1, 0.01, 0.001),
            ParamSpec.categorical("activation", "selu", "relu"),
            ParamSpec.floatRange("x", -5, 5, false),
            ParamSpec.floatRange("decay", 1e-5, 1e-1, true),
            ParamSpec.intRange("width", 2, 16, false),
            ParamSpec.intRange("batch", 8, 512, true));

    /** The sampler under test. */
    abstract Sampler sampler();

    /** A history of {@code n} finished trials drawn by the sampler itself on a toy objective. */
    List<FinishedTrial> history(int n, long seed) {
        List<FinishedTrial> finished = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            TrialParams params = sampler().sample(SPACE, List.copyOf(finished), rng.split());
            double value = params.getDouble("x") * params.getDouble("x")
                    + Math.log10(params.getDouble("decay")) + params.getInt("width");
            finished.add(new FinishedTrial(i, params, TrialStatus.COMPLETED, value));
        }
        return List.copyOf(finished);
    }

    @Test
    void suggestionsAreAlwaysInTheSpaceWithTheRightTypes() {
        for (int n : new int[] {0, 5, 12, 30}) {
            List<FinishedTrial> history = history(n, 100 + n);
            SplittableRandom rng = new SplittableRandom(n);
            for (int draw = 0; draw < 40; draw++) {
                TrialParams params = sampler().sample(SPACE, history, rng);
                SPACE.validate(params);
                assertInstanceOf(Double.class, params.get("x"));
                assertInstanceOf(Double.class, params.get("decay"));
                assertInstanceOf(Integer.class, params.get("width"));
                assertInstanceOf(Integer.class, params.get("batch"));
                assertInstanceOf(String.class, params.get("activation"));
            }
        }
    }

    @Test
    void sameArgumentsGiveTheSameSuggestion() {
        for (int n : new int[] {0, 12, 30}) {
            List<FinishedTrial> history = history(n, 7);
            assertEquals(sampler().sample(SPACE, history, new SplittableRandom(42)),
                    sampler().sample(SPACE, history, new SplittableRandom(42)), "n = " + n);
        }
    }

    @Test
    void differentStreamsGiveDifferentSuggestions() {
        List<FinishedTrial> history = history(15, 3);
        Set<TrialParams> seen = new HashSet<>();
        for (int seed = 0; seed < 20; seed++) {
            seen.add(sampler().sample(SPACE, history, new SplittableRandom(seed)));
        }
        assertTrue(seen.size() >= 10, "only " + seen.size() + " distinct suggestions");
    }

    @Test
    void failedTrialsAreIgnored() {
        for (int n : new int[] {0, 12}) {
            List<FinishedTrial> history = history(n, 5);
            List<FinishedTrial> withFailures = new ArrayList<>(history);
            SplittableRandom junk = new SplittableRandom(99);
            for (int i = 0; i < 15; i++) {
                withFailures.add(new FinishedTrial(n + i,
                        new RandomSampler().sample(SPACE, List.of(), junk), TrialStatus.FAILED,
                        Double.NaN));
            }
            assertEquals(sampler().sample(SPACE, history, new SplittableRandom(1)),
                    sampler().sample(SPACE, List.copyOf(withFailures), new SplittableRandom(1)),
                    "n = " + n);
        }
    }

    @Test
    void everyChoiceIsReachedWithoutHistory() {
        SplittableRandom rng = new SplittableRandom(8);
        Set<Object> lrs = new HashSet<>();
        Set<Object> activations = new HashSet<>();
        for (int draw = 0; draw < 200; draw++) {
            TrialParams params = sampler().sample(SPACE, List.of(), rng);
            lrs.add(params.get("lr"));
            activations.add(params.get("activation"));
        }
        assertEquals(Set.of(0.1, 0.01, 0.001), lrs);
        assertEquals(Set.of("selu", "relu"), activations);
    }

    @Test
    void intBoundsAreReachable() {
        SearchSpace narrow = SearchSpace.of(ParamSpec.intRange("n", 1, 3, false));
        SplittableRandom rng = new SplittableRandom(4);
        Set<Object> seen = new HashSet<>();
        for (int draw = 0; draw < 200; draw++) {
            seen.add(sampler().sample(narrow, List.of(), rng).get("n"));
        }
        assertEquals(Set.of(1, 2, 3), seen);
    }
}
