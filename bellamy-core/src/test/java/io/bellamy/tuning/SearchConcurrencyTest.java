package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The search never runs more trials at once than its concurrency, even on a larger executor, and
 * does run that many at once: the first run calls wait on a latch that only opens when all of
 * them are in flight together.
 */
class SearchConcurrencyTest {

    private static final int LIMIT = 3;
    private static final long LATCH_TIMEOUT_SECONDS = 20;
    private static final SearchSpace SPACE = SearchSpace.of(
            ParamSpec.floatRange("v", 0, 1, false));

    /** Counts run calls in flight; the first {@link #LIMIT} calls meet at a latch. */
    private static final class CountingObjective implements TrialObjective<int[], Void> {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final AtomicBoolean latchTimedOut = new AtomicBoolean();
        final CountDownLatch allStarted = new CountDownLatch(LIMIT);

        @Override
        public int[] start(TrialParams params, long seed) {
            return new int[1];
        }

        @Override
        public Void run(int[] state, int lastEpoch, EpochReporter reporter) throws Exception {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                if (calls.getAndIncrement() < LIMIT) {
                    allStarted.countDown();
                    if (!allStarted.await(LATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        latchTimedOut.set(true);
                    }
                }
                while (state[0] < lastEpoch) {
                    state[0]++;
                    if (state[0] % 3 == 0) {
                        Thread.sleep(1);
                    }
                    reporter.report(EpochReport.of(state[0], 1.0 / state[0]));
                }
                return null;
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void concurrencyReachesButNeverExceedsTheLimit(SearchMode mode) throws InterruptedException {
        CountingObjective objective = new CountingObjective();
        SearchConfig config = new SearchConfig(10, LIMIT, 12, 5L, mode, new AshaConfig(12, 3, 2));
        ExecutorService wide = Executors.newFixedThreadPool(8);
        try {
            SearchResult<Void> result = new Search<>(SPACE, new RandomSampler(), objective, config)
                    .run(wide, SearchListener.NONE);
            assertEquals(10, result.trials().size());
        } finally {
            wide.shutdownNow();
        }
        assertTrue(!objective.latchTimedOut.get(), "the first run calls never overlapped");
        assertEquals(LIMIT, objective.maxInFlight.get());
        assertTrue(objective.calls.get() > 10, "trials were resumed across rungs");
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void ownPoolAndDirectExecutorWork(SearchMode mode) throws InterruptedException {
        SearchConfig config = new SearchConfig(5, 2, 6, 5L, mode, new AshaConfig(6, 2, 2));
        TrialObjective<int[], Void> objective = new TrialObjective<>() {
            @Override
            public int[] start(TrialParams params, long seed) {
                return new int[1];
            }

            @Override
            public Void run(int[] state, int lastEpoch, EpochReporter reporter) {
                while (state[0] < lastEpoch) {
                    state[0]++;
                    reporter.report(EpochReport.of(state[0], 1.0 / state[0]));
                }
                return null;
            }
        };
        Search<int[], Void> search = new Search<>(SPACE, new RandomSampler(), objective, config);
        List<TrialResult<Void>> pooled = search.run().trials();
        List<TrialResult<Void>> direct = search.run(Runnable::run, SearchListener.NONE).trials();
        assertEquals(5, pooled.size());
        assertEquals(pooled, direct);
    }
}
