package io.bellamy.cli;

import io.bellamy.model.Hyperparameters;
import io.bellamy.training.EpochMetrics;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.TrialSummary;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Shows a pre-training's progress: a live bar on a terminal (trials running, finished, stopped,
 * best validation loss, epochs/s), plain log lines otherwise.
 */
final class PretrainProgress implements PretrainListener, AutoCloseable {

    private final CliEnvironment env;
    private final ProgressBar bar;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger stopped = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong bestBits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
    private final long started = System.nanoTime();
    private final AtomicLong epochs = new AtomicLong();

    PretrainProgress(CliEnvironment env, String algorithm, int trials, int maxEpochs) {
        this.env = env;
        this.bar = env.terminal() ? new ProgressBarBuilder()
                .setTaskName("pretrain " + algorithm)
                .setInitialMax((long) trials * maxEpochs)
                .setUnit(" epochs", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build() : null;
    }

    @Override
    public void trialStarted(int trial, Hyperparameters hp) {
        running.incrementAndGet();
        if (bar == null) {
            log(String.format(Locale.ROOT, "trial %d started: dropout=%s lr=%s weight_decay=%s",
                    trial, PretrainCommand.num(hp.dropout()), PretrainCommand.num(hp.lr()),
                    PretrainCommand.num(hp.weightDecay())));
        }
        refresh();
    }

    @Override
    public void epoch(int trial, EpochMetrics m) {
        epochs.incrementAndGet();
        double loss = m.validationLoss();
        bestBits.accumulateAndGet(Double.doubleToLongBits(loss), (a, b) -> {
            double x = Double.longBitsToDouble(a);
            double y = Double.longBitsToDouble(b);
            return Double.isNaN(x) || (Double.isFinite(y) && y < x) ? b : a;
        });
        if (bar != null) {
            bar.step();
            if (m.epoch() % 50 == 0) {
                refresh();
            }
        }
    }

    @Override
    public void trialFinished(TrialSummary s) {
        running.decrementAndGet();
        switch (s.status()) {
            case "completed" -> completed.incrementAndGet();
            case "stopped" -> stopped.incrementAndGet();
            default -> failed.incrementAndGet();
        }
        if (bar == null) {
            log(String.format(Locale.ROOT, "trial %d %s after %d epochs: best validation loss "
                    + "%.4f at epoch %d%s", s.trial(), s.status(), s.epochs(),
                    s.bestValidationLoss(), s.bestEpoch(),
                    s.failure() == null || s.failure().isBlank() ? "" : " (" + s.failure() + ")"));
        }
        refresh();
    }

    private void refresh() {
        if (bar != null) {
            bar.setExtraMessage(String.format(Locale.ROOT,
                    " running %d, finished %d, stopped %d, failed %d, best %.4f", running.get(),
                    completed.get(), stopped.get(), failed.get(),
                    Double.longBitsToDouble(bestBits.get())));
        }
    }

    private synchronized void log(String line) {
        double seconds = (System.nanoTime() - started) / 1e9;
        env.err().printf(Locale.ROOT, "[%6.1fs] %s (%.0f epochs/s)%n", seconds, line,
                epochs.get() / Math.max(seconds, 1e-9));
        env.err().flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
        }
    }
}
