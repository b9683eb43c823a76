package io.bellamy.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.data.TrainingTarget;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.training.EpochMetrics;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.TrialSummary;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One background pre-training and its progress; the listener of its {@code Pretrainer}. Fields
 * are written by the worker thread and read by request threads, hence atomics and volatiles.
 */
final class PretrainJob implements PretrainListener {

    /** Where a job is in its life. */
    enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String id;
    private final TrainingTarget target;
    private final String algorithm;
    private final PretrainOptions options;
    private final String trigger;
    private final int trialsTotal;
    private final Instant submitted = Instant.now();
    private final AtomicInteger trialsStarted = new AtomicInteger();
    private final AtomicInteger trialsFinished = new AtomicInteger();
    private final AtomicLong epochs = new AtomicLong();
    private final AtomicLong bestLossBits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
    private volatile State state = State.QUEUED;
    private volatile Instant started;
    private volatile Instant finished;
    private volatile String error;
    private volatile int records;
    private volatile BellamyModel model;
    private volatile Future<?> future;
    private volatile boolean cancelRequested;
    private final java.util.concurrent.atomic.AtomicBoolean counted =
            new java.util.concurrent.atomic.AtomicBoolean();

    PretrainJob(String id, TrainingTarget target, String algorithm, PretrainOptions options,
            String trigger) {
        this.id = id;
        this.target = target;
        this.algorithm = algorithm;
        this.options = options;
        this.trigger = trigger;
        this.trialsTotal = options.search() ? options.config().search().trials() : 1;
    }

    String id() {
        return id;
    }

    TrainingTarget target() {
        return target;
    }

    String algorithm() {
        return algorithm;
    }

    PretrainOptions options() {
        return options;
    }

    State state() {
        return state;
    }

    /** The registry key of the model this job writes. */
    String modelKey() {
        return target.id() + "/" + algorithm;
    }

    void attach(Future<?> f) {
        this.future = f;
    }

    Future<?> future() {
        return future;
    }

    void running(int recordCount) {
        this.records = recordCount;
        this.started = Instant.now();
        this.state = State.RUNNING;
    }

    void succeeded(BellamyModel trained) {
        this.model = trained;
        finish(State.SUCCEEDED);
    }

    void failed(String message) {
        this.error = message;
        finish(State.FAILED);
    }

    void cancelled(String message) {
        this.error = message;
        finish(State.CANCELLED);
    }

    private synchronized void finish(State end) {
        if (state.finished()) {
            return; // the first ending stands
        }
        this.finished = Instant.now();
        this.state = end;
    }

    /** True the first time only: whether the caller should count this job's ending. */
    boolean countOnce() {
        return state.finished() && counted.compareAndSet(false, true);
    }

    @Override
    public void trialStarted(int trial, Hyperparameters hyperparameters) {
        trialsStarted.incrementAndGet();
    }

    /** Asks the training loop to stop at its next epoch (it throws from {@link #epoch}). */
    void requestCancel() {
        cancelRequested = true;
    }

    @Override
    public void epoch(int trial, EpochMetrics metrics) {
        if (cancelRequested) {
            throw new CancellationException("pre-training job " + id + " was cancelled");
        }
        epochs.incrementAndGet();
        double loss = metrics.validationLoss();
        if (Double.isFinite(loss)) {
            bestLossBits.accumulateAndGet(Double.doubleToLongBits(loss), (a, b) -> {
                double x = Double.longBitsToDouble(a);
                return Double.isNaN(x) || Double.longBitsToDouble(b) < x ? b : a;
            });
        }
    }

    @Override
    public void trialFinished(TrialSummary summary) {
        trialsFinished.incrementAndGet();
    }

    /** The job as {@code GET /v1/jobs/{id}} reports it. */
    ObjectNode toJson(ObjectMapper json) {
        ObjectNode doc = json.createObjectNode();
        doc.put("id", id);
        doc.put("url", "/v1/jobs/" + id);
        doc.put("kind", "pretrain");
        doc.put("training_target", target.id());
        doc.put("algorithm", algorithm);
        doc.put("trigger", trigger);
        doc.put("state", state.id());
        doc.put("submitted_at", submitted.toString());
        doc.put("started_at", started == null ? null : started.toString());
        doc.put("finished_at", finished == null ? null : finished.toString());
        ObjectNode progress = doc.putObject("progress");
        progress.put("records", records);
        progress.put("search", options.search());
        progress.put("trials_total", trialsTotal);
        progress.put("trials_started", trialsStarted.get());
        progress.put("trials_finished", trialsFinished.get());
        progress.put("max_epochs_per_trial", options.config().model().epochs());
        progress.put("epochs", epochs.get());
        double best = Double.longBitsToDouble(bestLossBits.get());
        if (Double.isNaN(best)) {
            progress.putNull("best_validation_loss");
        } else {
            progress.put("best_validation_loss", best);
        }
        BellamyModel m = model;
        if (m != null) {
            ObjectNode outcome = doc.putObject("model");
            outcome.put("url", "/v1/models/" + target.id() + "/" + algorithm);
            outcome.put("model_version", m.version());
            outcome.put("validation_mae_s", m.training().validationMae());
            outcome.put("validation_loss", m.training().validationLoss());
            outcome.put("seconds", m.training().seconds());
        }
        if (error != null) {
            doc.put("error", error);
        }
        return doc;
    }
}
