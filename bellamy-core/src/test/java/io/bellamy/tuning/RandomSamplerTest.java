package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomSamplerTest extends AbstractSamplerTest {

    @Override
    Sampler sampler() {
        return new RandomSampler();
    }

    @Test
    void drawsAreUniform() {
        SearchSpace space = SearchSpace.of(ParamSpec.categorical("c", "a", "b", "c", "d"),
                ParamSpec.intRange("n", 1, 4, false), ParamSpec.floatRange("lr", 1e-4, 1, true));
        SplittableRandom rng = new SplittableRandom(21);
        int draws = 40_000;
        int[] choices = new int[4];
        int[] ints = new int[5];
        int[] decades = new int[4];
        for (int i = 0; i < draws; i++) {
            TrialParams params = sampler().sample(space, List.of(), rng);
            choices["abcd".indexOf(params.getString("c"))]++;
            ints[params.getInt("n")]++;
            decades[Math.min(3, (int) Math.floor(-Math.log10(params.getDouble("lr"))))]++;
        }
        // each of 4 equally likely outcomes within 4 binomial standard deviations
        double sd = Math.sqrt(0.25 * 0.75 / draws);
        for (int k = 0; k < 4; k++) {
            assertEquals(0.25, choices[k] / (double) draws, 4 * sd, "choice " + k);
            assertEquals(0.25, ints[k + 1] / (double) draws, 4 * sd, "int " + (k + 1));
            assertEquals(0.25, decades[k] / (double) draws, 4 * sd, "decade " + k);
        }
    }
}
