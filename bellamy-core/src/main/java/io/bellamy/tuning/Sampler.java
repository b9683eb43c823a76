package io.bellamy.tuning;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Suggests the parameters of the next trial from the trials finished so far. Implementations
 * are stateless: everything they know comes from the arguments, so a search that passes the same
 * arguments gets the same suggestion, whatever thread it runs on.
 */
public interface Sampler {

    /**
     * Suggests parameters for a new trial.
     *
     * @param space the search space; the result holds exactly its parameters, each in range
     * @param finishedTrials the trials finished so far in trial-number order, failed ones
     *     included (samplers ignore them); not modified
     * @param rng the only source of randomness; advanced by this call
     * @return the new trial's parameters
     */
    TrialParams sample(SearchSpace space, List<FinishedTrial> finishedTrials, SplittableRandom rng);
}
