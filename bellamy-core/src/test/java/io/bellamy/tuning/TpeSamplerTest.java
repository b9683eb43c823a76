package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TpeSamplerTest extends AbstractSamplerTest {

    @Override
    Sampler sampler() {
        return new TpeSampler();
    }

    @Test
    void drawsExactlyAsRandomUntilTenObservations() {
        List<FinishedTrial> nine = history(9, 2);
        List<FinishedTrial> withFailures = new ArrayList<>(nine);
        withFailures.add(new FinishedTrial(9, nine.get(0).params(), TrialStatus.FAILED,
                Double.NaN));
        for (long seed = 0; seed < 10; seed++) {
            assertEquals(new RandomSampler().sample(SPACE, nine, new SplittableRandom(seed)),
                    sampler().sample(SPACE, withFailures, new SplittableRandom(seed)));
        }
        List<FinishedTrial> ten = history(10, 2);
        int differing = 0;
        for (long seed = 0; seed < 10; seed++) {
            if (!new RandomSampler().sample(SPACE, ten, new SplittableRandom(seed))
                    .equals(sampler().sample(SPACE, ten, new SplittableRandom(seed)))) {
                differing++;
            }
        }
        assertEquals(10, differing, "from ten observations on TPE draws differently");
    }

    @Test
    void stoppedTrialsCountWithTheirLastValue() {
        // 20 trials cycling through a, b, c; every 'b' has the lowest value; 'b' trials were
        // stopped early, the others completed: the good set is two 'b' trials, so l(b) = 5/9
        // while g(b) is the smallest, and every one of 24 candidates drawn from l is 'b'
        // with probability 1 - (4/9)^24 per suggestion
        SearchSpace space = SearchSpace.of(ParamSpec.categorical("c", "a", "b", "c"));
        List<FinishedTrial> history = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String choice = "abc".substring(i % 3, i % 3 + 1);
            boolean good = choice.equals("b");
            history.add(new FinishedTrial(i, new TrialParams(Map.of("c", choice)),
                    good ? TrialStatus.STOPPED : TrialStatus.COMPLETED, good ? 0.1 + i : 100 + i));
        }
        for (long seed = 0; seed < 50; seed++) {
            assertEquals("b", sampler().sample(space, history, new SplittableRandom(seed))
                    .getString("c"), "seed " + seed);
        }
    }

    @Test
    void rejectsBadSettingsQuotingTheValue() {
        assertEquals("nStartupTrials must be >= 0, got -1", assertThrows(
                IllegalArgumentException.class, () -> new TpeSampler(-1, 24, 1)).getMessage());
        assertEquals("nEiCandidates must be >= 1, got 0", assertThrows(
                IllegalArgumentException.class, () -> new TpeSampler(10, 0, 1)).getMessage());
        assertEquals("priorWeight must be finite and >= 0, got NaN", assertThrows(
                IllegalArgumentException.class,
                () -> new TpeSampler(10, 24, Double.NaN)).getMessage());
    }
}
