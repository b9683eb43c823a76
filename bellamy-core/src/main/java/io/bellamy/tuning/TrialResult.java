package io.bellamy.tuning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one trial.
 *
 * @param number the trial number, from 0 in the order trials were started
 * @param params its hyperparameters
 * @param seed its seed, derived from the search seed
 * @param status how it ended
 * @param history its finite epoch reports in epoch order (1, 2, ...); a non-finite report that
 *     failed the trial is not included (the reason names it)
 * @param failureReason why it failed; {@code ""} unless {@link TrialStatus#FAILED}
 * @param payload the objective's payload from its last successful {@code run} call, e.g. the best
 *     epoch's weights; {@code null} if there was none
 * @param <P> the payload type
 */
public record TrialResult<P>(int number, TrialParams params, long seed, TrialStatus status,
        List<EpochReport> history, String failureReason, P payload) {

    /** Validates the parts against each other. */
    public TrialResult {
        if (number < 0) {
            throw new IllegalArgumentException("trial number must be >= 0, got " + number);
        }
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failureReason, "failureReason");
        history = List.copyOf(history);
        for (int i = 0; i < history.size(); i++) {
            EpochReport report = history.get(i);
            if (report.epoch() != i + 1 || !Double.isFinite(report.metric())) {
                throw new IllegalArgumentException("trial " + number + " history entry " + i
                        + " must be a finite report of epoch " + (i + 1) + ", got " + report);
            }
        }
        if ((status == TrialStatus.FAILED) == failureReason.isEmpty()) {
            throw new IllegalArgumentException("trial " + number + " is " + status
                    + " but has the failure reason '" + failureReason + "'");
        }
        if (status != TrialStatus.FAILED && history.isEmpty()) {
            throw new IllegalArgumentException(
                    "trial " + number + " is " + status + " without any epoch reported");
        }
    }

    /** The number of epochs with a finite report. */
    public int epochsRun() {
        return history.size();
    }

    /** The report with the lowest metric, the earliest on ties; empty if none. */
    public Optional<EpochReport> best() {
        EpochReport best = null;
        for (EpochReport report : history) {
            if (best == null || report.metric() < best.metric()) {
                best = report;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The lowest metric reported, NaN if none. */
    public double bestMetric() {
        return best().map(EpochReport::metric).orElse(Double.NaN);
    }

    /** The epoch of {@link #best()}, 0 if none. */
    public int bestEpoch() {
        return best().map(EpochReport::epoch).orElse(0);
    }

    /** The last finite metric reported, NaN if none. */
    public double lastMetric() {
        return history.isEmpty() ? Double.NaN : history.get(history.size() - 1).metric();
    }

    /** What a sampler learns from this trial: its last metric as its value. */
    public FinishedTrial toFinishedTrial() {
        return new FinishedTrial(number, params, status, lastMetric());
    }
}
