package io.bellamy.training;

import io.bellamy.tuning.Decision;
import io.bellamy.tuning.EpochReporter;
import io.bellamy.tuning.TrialObjective;
import io.bellamy.tuning.TrialParams;

/** Trials as live {@link PretrainingRun}s, kept in memory between rungs. */
final class LivePretrainingObjective implements TrialObjective<PretrainingRun, BestEpoch> {

    private final PretrainingProblem problem;

    LivePretrainingObjective(PretrainingProblem problem) {
        this.problem = problem;
    }

    @Override
    public PretrainingRun start(TrialParams params, long seed) {
        return problem.start(problem.hyperparameters(params), seed);
    }

    @Override
    public BestEpoch run(PretrainingRun run, int lastEpoch, EpochReporter reporter) {
        run.runTo(lastEpoch, m -> reporter.report(SearchReports.of(m))
                == Decision.STOP);
        return run.bestEpoch();
    }
}
