package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link EpochReporter} of one {@link TrialObjective#run} call: checks the reporting
 * contract, collects the reports and remembers the first failure. Used by one thread.
 */
final class ChunkReporter implements EpochReporter {

    private final int trial;
    private final int lastEpoch;
    private final SearchListener listener;
    private final List<EpochReport> reports = new ArrayList<>();
    private int nextEpoch;
    private String failure;

    /**
     * @param trial the trial number
     * @param firstEpoch the epoch the call must report first
     * @param lastEpoch the call's {@code lastEpoch}
     */
    ChunkReporter(int trial, int firstEpoch, int lastEpoch, SearchListener listener) {
        this.trial = trial;
        this.nextEpoch = firstEpoch;
        this.lastEpoch = lastEpoch;
        this.listener = listener;
    }

    @Override
    public Decision report(EpochReport report) {
        Objects.requireNonNull(report, "report");
        if (failure != null) {
            throw new IllegalStateException("trial " + trial + " reported epoch " + report.epoch()
                    + " after the search told it to stop (" + failure + ")");
        }
        if (report.epoch() != nextEpoch) {
            failure = "reported epoch " + report.epoch() + ", expected epoch " + nextEpoch;
            throw new IllegalStateException("trial " + trial + " " + failure);
        }
        if (report.epoch() > lastEpoch) {
            failure = "reported epoch " + report.epoch() + " beyond the last epoch " + lastEpoch
                    + " asked for";
            throw new IllegalStateException("trial " + trial + " " + failure);
        }
        reports.add(report);
        nextEpoch++;
        if (!Double.isFinite(report.metric())) {
            failure = "epoch " + report.epoch() + " reported a non-finite metric " + report.metric();
            return Decision.STOP;
        }
        listener.epochRunning(trial, report.epoch());
        return Decision.CONTINUE;
    }

    /** The reports received, in order, a non-finite one last if any. */
    List<EpochReport> reports() {
        return List.copyOf(reports);
    }

    /** The first contract violation or non-finite metric, or {@code null}. */
    String failure() {
        return failure;
    }
}
