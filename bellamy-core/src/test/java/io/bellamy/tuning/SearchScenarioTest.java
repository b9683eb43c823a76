package io.bellamy.tuning;

import static io.bellamy.tuning.TrialStatus.COMPLETED;
import static io.bellamy.tuning.TrialStatus.FAILED;
import static io.bellamy.tuning.TrialStatus.STOPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Small searches worked out by hand. Trial {@code i} reports {@code v_i - 0.01 * epoch} every
 * epoch; two slots; ASHA with maxT 8, grace 2, eta 2 (rungs 2, 4, 8), so each run call ends at
 * epoch 2, 4 or 8.
 */
class SearchScenarioTest {

    private static final SearchSpace SPACE = SearchSpace.of(
            ParamSpec.categorical("v", 1.0, 2.0, 0.5, 3.0, "throw"));
    private static final AshaConfig ASHA = new AshaConfig(8, 2, 2);

    private static double metric(double v, int epoch) {
        return v - 0.01 * epoch;
    }

    private static final ToyObjective.Curve CURVE = (params, seed, epoch) -> {
        if (params.get("v").equals("throw")) {
            throw new IllegalStateException("boom at epoch " + epoch);
        }
        return metric(params.getDouble("v"), epoch);
    };

    /** Runs the scripted trials; returns the result and fills the log of rung decisions. */
    private static SearchResult<Integer> run(SearchMode mode, List<Object> values,
            ScriptedSampler sampler, ToyObjective objective, List<String> rungLog)
            throws InterruptedException {
        SearchConfig config = new SearchConfig(values.size(), 2, 8, 1234L, mode, ASHA);
        Set<Integer> milestones = Set.copyOf(ASHA.milestones());
        return new Search<>(SPACE, sampler, objective, config).run(new SearchListener() {
            @Override
            public void epochReported(int trial, EpochReport report, Decision decision) {
                if (milestones.contains(report.epoch())) {
                    rungLog.add(trial + "@" + report.epoch() + ":" + decision);
                }
            }
        });
    }

    private static List<TrialParams> script(List<Object> values) {
        List<TrialParams> script = new ArrayList<>();
        for (Object v : values) {
            script.add(new TrialParams(Map.of("v", v)));
        }
        return script;
    }

    @Test
    void rungSynchronousRoundsMatchTheHandComputedTable() throws InterruptedException {
        List<Object> values = List.of(1.0, 2.0, 0.5, 3.0);
        ScriptedSampler sampler = new ScriptedSampler(script(values));
        ToyObjective objective = new ToyObjective(CURVE, false);
        List<String> rungLog = new ArrayList<>();
        SearchResult<Integer> result =
                run(SearchMode.RUNG_SYNCHRONOUS, values, sampler, objective, rungLog);

        // round 1: t0, t1 to epoch 2. t0 first at rung 2; t1: 1.98 > cutoff 0.98 -> STOP.
        // round 2: t0 to 4 (first at rung 4), new t2 to 2: 0.48 <= median(0.98, 1.98) = 1.48.
        // round 3: t0 to 8 = maxT -> COMPLETED; t2 to 4: 0.46 <= 0.96.
        // round 4: t2 to 8 -> COMPLETED; new t3 to 2: 2.98 > median(.98, 1.98, .48) = .98.
        assertEquals(List.of("0@2:CONTINUE", "1@2:STOP", "0@4:CONTINUE", "2@2:CONTINUE",
                "0@8:STOP", "2@4:CONTINUE", "2@8:STOP", "3@2:STOP"), rungLog);
        assertTrials(result);
        assertEquals(List.of(List.of(), List.of(), List.of("1:STOPPED"),
                List.of("0:COMPLETED", "1:STOPPED")), sampler.finishedSeen);
    }

    @Test
    void asyncModeMatchesTheHandComputedTable() throws InterruptedException {
        List<Object> values = List.of(1.0, 2.0, 0.5, 3.0);
        ScriptedSampler sampler = new ScriptedSampler(script(values));
        ToyObjective objective = new ToyObjective(CURVE, false);
        List<String> rungLog = new ArrayList<>();
        SearchResult<Integer> result = run(SearchMode.ASYNC, values, sampler, objective, rungLog);

        // virtual times: t0, t1 reach rung 2 at time 2 (t1 stops; t2 starts at 2); t0 rung 4 at
        // 4 with t2 rung 2 at 4 (t0 first by number); t2 rung 4 at 6; t0 ends at 8 (t3 starts);
        // t2 ends at 10 together with t3's rung 2
        assertEquals(List.of("0@2:CONTINUE", "1@2:STOP", "0@4:CONTINUE", "2@2:CONTINUE",
                "2@4:CONTINUE", "0@8:STOP", "2@8:STOP", "3@2:STOP"), rungLog);
        assertTrials(result);
        assertEquals(List.of(List.of(), List.of(), List.of("1:STOPPED"),
                List.of("0:COMPLETED", "1:STOPPED")), sampler.finishedSeen);
    }

    private static void assertTrials(SearchResult<Integer> result) {
        List<TrialResult<Integer>> trials = result.trials();
        assertEquals(List.of(COMPLETED, STOPPED, COMPLETED, STOPPED),
                trials.stream().map(TrialResult::status).toList());
        assertEquals(List.of(8, 2, 8, 2), trials.stream().map(TrialResult::epochsRun).toList());
        assertEquals(List.of(8, 2, 8, 2), trials.stream().map(TrialResult::bestEpoch).toList());
        assertEquals(metric(1.0, 8), trials.get(0).bestMetric());
        assertEquals(metric(2.0, 2), trials.get(1).bestMetric());
        assertEquals(metric(0.5, 8), trials.get(2).bestMetric());
        // the payload is the objective's best epoch
        assertEquals(List.of(8, 2, 8, 2), trials.stream().map(TrialResult::payload).toList());
        assertEquals(2, result.best().orElseThrow().number());
        assertEquals(Map.of("mae", 2 * metric(0.5, 8)),
                trials.get(2).best().orElseThrow().extras());

        RungTable rungs = result.rungs();
        assertEquals(ordered(0, metric(1.0, 2), 1, metric(2.0, 2), 2, metric(0.5, 2), 3,
                metric(3.0, 2)), rungs.rung(2).recorded());
        assertEquals(ordered(0, metric(1.0, 4), 2, metric(0.5, 4)), rungs.rung(4).recorded());
        // both trials were stopped by maxT, and Ray calls on_trial_complete only for trials that
        // finish by themselves: nothing is recorded at rung 8
        assertEquals(Map.of(), rungs.rung(8).recorded());
    }

    @Test
    void rungSynchronousTrialsResumeFromTheirStateRungByRung() throws InterruptedException {
        List<Object> values = List.of(1.0, 2.0, 0.5, 3.0);
        ToyObjective objective = new ToyObjective(CURVE, false);
        run(SearchMode.RUNG_SYNCHRONOUS, values, new ScriptedSampler(script(values)), objective,
                new ArrayList<>());
        Map<Object, List<Integer>> asked = new LinkedHashMap<>();
        for (ToyObjective.State state : objective.states) {
            asked.put(state.params.get("v"), state.lastEpochsAsked);
        }
        assertEquals(Map.of(1.0, List.of(2, 4, 8), 2.0, List.of(2), 0.5, List.of(2, 4, 8), 3.0,
                List.of(2)), asked);
    }

    @Test
    void aFailureFreesItsSlotAtItsOwnVirtualTimeOnlyInAsyncMode() throws InterruptedException {
        List<Object> values = List.of(1.0, "throw", 0.5, 3.0);
        List<String> asyncLog = new ArrayList<>();
        ScriptedSampler asyncSampler = new ScriptedSampler(script(values));
        SearchResult<Integer> async = run(SearchMode.ASYNC, values, asyncSampler,
                new ToyObjective(CURVE, false), asyncLog);
        List<String> syncLog = new ArrayList<>();
        SearchResult<Integer> sync = run(SearchMode.RUNG_SYNCHRONOUS, values,
                new ScriptedSampler(script(values)), new ToyObjective(CURVE, false), syncLog);

        // t1 throws in epoch 1. Async: its slot frees at time 1, so t2 (started at 1) reaches
        // rung 2 at time 3, before t0 reaches rung 4 at time 4; t2's rung 4 (time 5) comes
        // before t0's end (time 8); t3 starts at 8 and stops at rung 2 at time 10:
        // 2.98 > median(0.98, 0.48) = 0.73.
        assertEquals(List.of("0@2:CONTINUE", "2@2:CONTINUE", "0@4:CONTINUE", "2@4:CONTINUE",
                "0@8:STOP", "2@8:STOP", "3@2:STOP"), asyncLog);
        // rung-synchronous: t2 starts in round 2, a round behind t0 throughout
        assertEquals(List.of("0@2:CONTINUE", "0@4:CONTINUE", "2@2:CONTINUE", "0@8:STOP",
                "2@4:CONTINUE", "2@8:STOP", "3@2:STOP"), syncLog);
        assertEquals(List.of(List.of(), List.of(), List.of("1:FAILED"),
                List.of("0:COMPLETED", "1:FAILED")), asyncSampler.finishedSeen);

        for (SearchResult<Integer> result : List.of(async, sync)) {
            TrialResult<Integer> failed = result.trials().get(1);
            assertEquals(FAILED, failed.status());
            assertTrue(failed.failureReason().startsWith(
                    "java.lang.IllegalStateException: boom at epoch 1 (at "),
                    failed.failureReason());
            assertEquals(0, failed.epochsRun());
            assertNull(failed.payload());
            assertEquals(List.of(COMPLETED, FAILED, COMPLETED, STOPPED),
                    result.trials().stream().map(TrialResult::status).toList());
            assertEquals(2, result.best().orElseThrow().number());
            assertTrue(Double.isNaN(failed.toFinishedTrial().value()));
        }
    }

    private static Map<Integer, Double> ordered(Object... pairs) {
        Map<Integer, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Integer) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }
}
