package io.bellamy.training;

import io.bellamy.tuning.Decision;
import io.bellamy.tuning.EpochReporter;
import io.bellamy.tuning.TrialObjective;
import io.bellamy.tuning.TrialParams;
import java.io.Serializable;

/**
 * Trials whose state is a checkpoint: every run call resumes the run from its checkpoint, runs
 * it and checkpoints it again, so the state can be serialised between calls.
 */
final class PortablePretrainingObjective
        implements TrialObjective<PortablePretrainingObjective.Trial, BestEpoch>, Serializable {

    /** A trial's state: its latest checkpoint, replaced by every run call. */
    static final class Trial implements Serializable {
        private PretrainingRun.Checkpoint checkpoint;

        Trial(PretrainingRun.Checkpoint checkpoint) {
            this.checkpoint = checkpoint;
        }
    }

    private final PretrainingProblem problem;

    PortablePretrainingObjective(PretrainingProblem problem) {
        this.problem = problem;
    }

    @Override
    public Trial start(TrialParams params, long seed) {
        return new Trial(problem.start(problem.hyperparameters(params), seed).checkpoint());
    }

    @Override
    public BestEpoch run(Trial trial, int lastEpoch, EpochReporter reporter) {
        PretrainingRun run = problem.resume(trial.checkpoint);
        run.runTo(lastEpoch, m -> reporter.report(SearchReports.of(m)) == Decision.STOP);
        trial.checkpoint = run.checkpoint();
        return run.bestEpoch();
    }
}
