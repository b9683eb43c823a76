package io.bellamy.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchConfigTest {

    @Test
    void defaultsAreTheSpecSearch() {
        SearchConfig config = SearchConfig.defaults(3L);
        assertEquals(12, config.trials());
        assertEquals(Math.min(4, Runtime.getRuntime().availableProcessors()),
                config.concurrency());
        assertEquals(2500, config.maxEpochs());
        assertEquals(SearchMode.ASYNC, config.mode());
        assertEquals(new AshaConfig(2500, 1000, 2), config.asha());
        assertEquals(2500, config.lastEpoch());
        // run calls end at the rungs and at the last epoch
        assertEquals(List.of(1000, 2000, 2500), SearchRun.stopEpochs(config));
    }

    @Test
    void withersChangeOneSetting() {
        SearchConfig config = SearchConfig.defaults(3L).withTrials(5).withConcurrency(2)
                .withMaxEpochs(1500).withSeed(9L).withMode(SearchMode.RUNG_SYNCHRONOUS)
                .withAsha(new AshaConfig(4000, 1000, 2));
        assertEquals(new SearchConfig(5, 2, 1500, 9L, SearchMode.RUNG_SYNCHRONOUS,
                new AshaConfig(4000, 1000, 2)), config);
        // the epoch budget caps the trial below ASHA's maxT; rungs at 1000 stay
        assertEquals(1500, config.lastEpoch());
        assertEquals(List.of(1000, 1500), SearchRun.stopEpochs(config));
    }

    @Test
    void badSettingsAreRejectedQuotingTheValue() {
        AshaConfig asha = AshaConfig.SPEC;
        assertEquals("trials must be >= 1, got 0", message(
                () -> new SearchConfig(0, 1, 1, 0, SearchMode.ASYNC, asha)));
        assertEquals("concurrency must be >= 1, got 0", message(
                () -> new SearchConfig(1, 0, 1, 0, SearchMode.ASYNC, asha)));
        assertEquals("maxEpochs must be >= 1, got -5", message(
                () -> new SearchConfig(1, 1, -5, 0, SearchMode.ASYNC, asha)));
    }

    @Test
    void resultsValidateTheirParts() {
        TrialParams params = new TrialParams(Map.of("x", 1));
        assertEquals("trial 0 is FAILED but has the failure reason ''", message(
                () -> new TrialResult<>(0, params, 1, TrialStatus.FAILED, List.of(), "", null)));
        assertEquals("trial 0 is COMPLETED without any epoch reported", message(
                () -> new TrialResult<>(0, params, 1, TrialStatus.COMPLETED, List.of(), "",
                        null)));
        assertEquals("trial 0 history entry 0 must be a finite report of epoch 1, got"
                + " EpochReport[epoch=2, metric=1.0, extras={}]", message(
                        () -> new TrialResult<>(0, params, 1, TrialStatus.STOPPED,
                                List.of(EpochReport.of(2, 1.0)), "", null)));
        assertEquals("epoch must be >= 1, got 0", message(() -> EpochReport.of(0, 1.0)));
    }

    @Test
    void bestTrialIsTheLowestMetricAtAnyEpochAmongTrialsThatDidNotFail() {
        TrialParams params = new TrialParams(Map.of("x", 1));
        TrialResult<Void> dipsEarly = new TrialResult<>(0, params, 1, TrialStatus.COMPLETED,
                List.of(EpochReport.of(1, 0.5), EpochReport.of(2, 0.3), EpochReport.of(3, 0.9)),
                "", null);
        TrialResult<Void> tiesLater = new TrialResult<>(1, params, 2, TrialStatus.STOPPED,
                List.of(EpochReport.of(1, 0.3)), "", null);
        TrialResult<Void> failed = new TrialResult<>(2, params, 3, TrialStatus.FAILED,
                List.of(EpochReport.of(1, 0.1)), "boom", null);
        SearchResult<Void> result = new SearchResult<>(List.of(dipsEarly, tiesLater, failed),
                new AshaScheduler(AshaConfig.SPEC).rungTable());
        assertEquals(0, result.best().orElseThrow().number());
        assertEquals(2, dipsEarly.bestEpoch());
        assertEquals(0.3, dipsEarly.bestMetric());
        assertEquals(0.9, dipsEarly.lastMetric());
        assertEquals(new FinishedTrial(0, params, TrialStatus.COMPLETED, 0.9),
                dipsEarly.toFinishedTrial());
        assertEquals(java.util.Optional.empty(), new SearchResult<>(List.of(failed),
                new AshaScheduler(AshaConfig.SPEC).rungTable()).best());
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }
}
