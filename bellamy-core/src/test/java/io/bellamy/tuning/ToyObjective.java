package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A resumable test objective whose metric at each epoch is a given function of the parameters,
 * the seed and the epoch. Optionally sleeps a random 0-1 ms per epoch (from a thread-local
 * generator, on purpose not seeded) to perturb thread timing. The payload is the best epoch.
 */
class ToyObjective implements TrialObjective<ToyObjective.State, Integer> {

    /** The metric of one epoch; may throw to simulate a failing trial. */
    interface Curve {
        double metric(TrialParams params, long seed, int epoch);
    }

    /** A trial's state: where it is and its best epoch so far. */
    static final class State {
        final TrialParams params;
        final long seed;
        final List<Integer> lastEpochsAsked = new ArrayList<>();
        int epoch;
        int bestEpoch;
        double best = Double.POSITIVE_INFINITY;

        State(TrialParams params, long seed) {
            this.params = params;
            this.seed = seed;
        }
    }

    private final Curve curve;
    private final boolean sleepy;
    final List<State> states = java.util.Collections.synchronizedList(new ArrayList<>());

    ToyObjective(Curve curve, boolean sleepy) {
        this.curve = curve;
        this.sleepy = sleepy;
    }

    @Override
    public State start(TrialParams params, long seed) {
        State state = new State(params, seed);
        states.add(state);
        return state;
    }

    @Override
    public Integer run(State state, int lastEpoch, EpochReporter reporter) throws Exception {
        state.lastEpochsAsked.add(lastEpoch);
        while (state.epoch < lastEpoch) {
            state.epoch++;
            if (sleepy && ThreadLocalRandom.current().nextInt(4) == 0) {
                Thread.sleep(ThreadLocalRandom.current().nextInt(2));
            }
            double metric = curve.metric(state.params, state.seed, state.epoch);
            if (metric < state.best) {
                state.best = metric;
                state.bestEpoch = state.epoch;
            }
            Decision decision = reporter.report(
                    new EpochReport(state.epoch, metric, Map.of("mae", 2 * metric)));
            if (decision == Decision.STOP) {
                break;
            }
        }
        return state.bestEpoch;
    }
}
