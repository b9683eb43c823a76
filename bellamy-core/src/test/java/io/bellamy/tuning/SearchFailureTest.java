package io.bellamy.tuning;

import static io.bellamy.tuning.TrialStatus.COMPLETED;
import static io.bellamy.tuning.TrialStatus.FAILED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Trials that break in every way the search must survive. */
class SearchFailureTest {

    private static final SearchSpace SPACE = SearchSpace.of(
            ParamSpec.categorical("kind", "ok", "throw", "nan", "startfail", "skip", "silent",
                    "early", "ignorestop"),
            ParamSpec.categorical("v", 0.2, 0.5, 1.0, 2.0));

    private static final class Behaviours implements TrialObjective<Behaviours.State, String> {

        static final class State {
            final String kind;
            final double v;
            int epoch;

            State(TrialParams params) {
                this.kind = params.getString("kind");
                this.v = params.getDouble("v");
            }
        }

        @Override
        public State start(TrialParams params, long seed) throws IOException {
            if (params.getString("kind").equals("startfail")) {
                throw new IOException("cannot start");
            }
            return new State(params);
        }

        @Override
        public String run(State state, int lastEpoch, EpochReporter reporter) {
            while (state.epoch < lastEpoch) {
                state.epoch++;
                int epoch = state.epoch;
                switch (state.kind) {
                    case "throw" -> {
                        if (epoch == 3) {
                            throw new IllegalArgumentException("thrown at epoch 3");
                        }
                    }
                    case "silent" -> {
                        return "silent";
                    }
                    case "early" -> {
                        if (epoch == 6) {
                            return "early";
                        }
                    }
                    default -> {
                    }
                }
                double metric = state.v - 0.01 * epoch;
                if ((state.kind.equals("nan") && epoch == 3)
                        || (state.kind.equals("ignorestop") && epoch == 2)) {
                    metric = Double.NaN;
                }
                int reported = state.kind.equals("skip") && epoch == 2 ? 3 : epoch;
                Decision decision = reporter.report(EpochReport.of(reported, metric));
                if (decision == Decision.STOP && !state.kind.equals("ignorestop")) {
                    break;
                }
            }
            return state.kind + "@" + state.epoch;
        }
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void failingTrialsAreRecordedWithTheirReasonAndTheSearchCompletes(SearchMode mode)
            throws InterruptedException {
        List<String> kinds = List.of("ok", "throw", "nan", "startfail", "skip", "silent",
                "early", "ignorestop", "ok", "ok");
        List<Double> vs = List.of(1.0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.2, 0.5, 0.5, 2.0);
        List<TrialParams> script = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("kind", kinds.get(i));
            values.put("v", vs.get(i));
            script.add(new TrialParams(values));
        }
        SearchConfig config = new SearchConfig(kinds.size(), 3, 16, 99L, mode,
                new AshaConfig(16, 8, 2));
        SearchResult<String> result =
                new Search<>(SPACE, new ScriptedSampler(script), new Behaviours(), config).run();

        List<TrialResult<String>> trials = result.trials();
        assertEquals(kinds.size(), trials.size());
        assertEquals(COMPLETED, trials.get(0).status());
        assertFailed(trials.get(1), 2, "java.lang.IllegalArgumentException: thrown at epoch 3 (at ");
        assertFailed(trials.get(2), 2, "epoch 3 reported a non-finite metric NaN");
        assertFailed(trials.get(3), 0, "java.io.IOException: cannot start (at ");
        assertFailed(trials.get(4), 1, "reported epoch 3, expected epoch 2");
        assertFailed(trials.get(5), 0, "the objective returned without reporting an epoch");
        // ending on its own before the rung completes the trial
        assertEquals(COMPLETED, trials.get(6).status());
        assertEquals(5, trials.get(6).epochsRun());
        assertEquals("early", trials.get(6).payload());
        // reporting on after a STOP fails with the first reason
        assertFailed(trials.get(7), 1, "epoch 2 reported a non-finite metric NaN");
        assertEquals("nan@3", trials.get(2).payload());
        assertTrue(trials.get(8).status() != FAILED && trials.get(9).status() != FAILED);
        // the best of the trials that did not fail: 'early' reached 0.2 - 0.05
        assertEquals(6, result.best().orElseThrow().number());
        assertEquals(0.2 - 0.01 * 5, result.best().orElseThrow().bestMetric());
    }

    private static void assertFailed(TrialResult<String> trial, int epochs, String reason) {
        assertEquals(FAILED, trial.status(), trial.toString());
        assertEquals(epochs, trial.epochsRun(), trial.toString());
        assertTrue(trial.failureReason().startsWith(reason), trial.failureReason());
    }
}
