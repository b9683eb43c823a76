package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A test sampler that hands out a fixed list of parameters in call order and records, for each
 * call, the numbers and statuses of the finished trials it was given.
 */
class ScriptedSampler implements Sampler {

    private final List<TrialParams> script;
    final List<List<String>> finishedSeen = new ArrayList<>();

    ScriptedSampler(List<TrialParams> script) {
        this.script = script;
    }

    @Override
    public TrialParams sample(
            SearchSpace space, List<FinishedTrial> finishedTrials, SplittableRandom rng) {
        List<String> seen = new ArrayList<>();
        for (FinishedTrial trial : finishedTrials) {
            seen.add(trial.number() + ":" + trial.status());
        }
        finishedSeen.add(seen);
        return script.get(finishedSeen.size() - 1);
    }
}
