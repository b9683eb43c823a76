package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Same seed and concurrency give the same trials, decisions and best trial whatever the thread
 * timing: the objective's metric depends on parameters, seed and epoch only, while it sleeps at
 * random to shuffle which thread finishes first; executors of different sizes (and a direct one)
 * are used.
 */
class SearchDeterminismTest {

    private static final SearchSpace SPACE = SearchSpace.of(
            ParamSpec.categorical("dropout", 0.05, 0.1, 0.2),
            ParamSpec.categorical("lr", 0.1, 0.01, 0.001),
            ParamSpec.categorical("weight_decay", 0.01, 0.001, 0.0001));

    /** A learning curve: a floor set by the parameters, 1/epoch, and seeded noise. */
    private static final ToyObjective.Curve CURVE = (params, seed, epoch) ->
            3 * params.getDouble("lr") + params.getDouble("dropout")
                    + 10 * params.getDouble("weight_decay") + 1.0 / epoch
                    + 0.05 * new SplittableRandom(seed + 31L * epoch).nextDouble();

    /** Everything a listener sees on the search thread, in order. */
    private static final class Log implements SearchListener {
        final List<String> events = new ArrayList<>();
        final AtomicInteger live = new AtomicInteger();

        @Override
        public void trialStarted(int trial, TrialParams params, long seed) {
            events.add("start " + trial + " " + params + " " + seed);
        }

        @Override
        public void epochReported(int trial, EpochReport report, Decision decision) {
            events.add("report " + trial + " " + report + " " + decision);
        }

        @Override
        public void trialFinished(TrialResult<?> result) {
            events.add("finish " + result.number() + " " + result.status());
        }

        @Override
        public void epochRunning(int trial, int epoch) {
            live.incrementAndGet();
        }
    }

    private record Outcome(SearchResult<Integer> result, List<String> events, String rungs) {
    }

    private static Outcome run(SearchMode mode, long seed, ExecutorService executorOrNull)
            throws InterruptedException {
        SearchConfig config = new SearchConfig(12, 3, 16, seed, mode, new AshaConfig(16, 2, 2));
        Search<ToyObjective.State, Integer> search = new Search<>(SPACE,
                new TpeSampler(4, 24, 1.0), new ToyObjective(CURVE, true), config);
        Log log = new Log();
        SearchResult<Integer> result = executorOrNull == null ? search.run(log)
                : search.run(executorOrNull, log);
        int epochs = result.trials().stream().mapToInt(TrialResult::epochsRun).sum();
        assertEquals(epochs, log.live.get(), "one live signal per finite epoch");
        return new Outcome(result, List.copyOf(log.events), result.rungs().toString());
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void sameSeedAndConcurrencyGiveIdenticalSearches(SearchMode mode) throws Exception {
        ExecutorService wide = Executors.newFixedThreadPool(6);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            outcomes.add(run(mode, 77L, null));
            outcomes.add(run(mode, 77L, wide));
            outcomes.add(run(mode, 77L, null));
        } finally {
            wide.shutdownNow();
        }
        Outcome first = outcomes.get(0);
        for (Outcome other : outcomes.subList(1, outcomes.size())) {
            assertEquals(first.result().trials(), other.result().trials());
            assertEquals(first.events(), other.events());
            assertEquals(first.rungs(), other.rungs());
            assertEquals(first.result().best(), other.result().best());
        }
        // the search was non-trivial: ASHA stopped some trials and let others complete
        List<TrialStatus> statuses = first.result().trials().stream()
                .map(TrialResult::status).toList();
        assertTrue(statuses.contains(TrialStatus.STOPPED), statuses.toString());
        assertTrue(statuses.contains(TrialStatus.COMPLETED), statuses.toString());
        assertEquals(12, statuses.size());

        // a different seed gives a different search
        assertNotEquals(first.events(), run(mode, 78L, null).events());
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void trialSeedsAreTheSearchSeedsSplitStreams(SearchMode mode) throws Exception {
        Outcome outcome = run(mode, 5L, null);
        SplittableRandom master = new SplittableRandom(5L);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add(master.split().nextLong());
        }
        assertEquals(expected, outcome.result().trials().stream().map(TrialResult::seed).toList());
        assertEquals(Collections.nCopies(12, true), outcome.result().trials().stream()
                .map(trial -> trial.payload() == trial.bestEpoch()).toList());
    }
}
