package io.bellamy.cli;

import io.bellamy.evaluation.EvaluationCase;
import io.bellamy.evaluation.ProgressListener;
import java.util.Locale;

/**
 * Plain progress lines on standard error: cases done of total and the time elapsed, at most one
 * line per {@link #INTERVAL_NANOS} plus the last one. Thread-safe.
 */
final class EvaluationProgress implements ProgressListener {

    /** Least time between two lines. */
    static final long INTERVAL_NANOS = 10_000_000_000L;

    private final CliEnvironment env;
    private final long started = System.nanoTime();
    private long lastLine = started;

    EvaluationProgress(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public synchronized void caseFinished(EvaluationCase evaluationCase, int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastLine < INTERVAL_NANOS) {
            return;
        }
        lastLine = now;
        env.err().printf(Locale.ROOT, "evaluate: %d/%d cases done, %s elapsed (last %s)%n", done,
                total, elapsed(now), evaluationCase.caseId());
        env.err().flush();
    }

    /** The time since the start as {@code 1m05s}. */
    String elapsed(long now) {
        long s = (now - started) / 1_000_000_000L;
        return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
