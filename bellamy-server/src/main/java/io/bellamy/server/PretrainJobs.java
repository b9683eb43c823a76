package io.bellamy.server;

import io.bellamy.data.RunRecord;
import io.bellamy.data.TrainingTarget;
import io.bellamy.adaptation.ModelCalibrator;
import io.bellamy.model.BellamyModel;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.PretrainResult;
import io.bellamy.training.Pretrainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs pre-training jobs in the background, one at a time on one worker thread (the machine's
 * cores go to the search's trials), at most one queued or running job per model. A finished job
 * writes its model to the registry atomically and makes the catalog reload it. Thread-safe.
 */
final class PretrainJobs {

    /** Finished jobs kept for {@code GET /v1/jobs/{id}}. */
    static final int KEEP_FINISHED = 200;

    private static final Logger LOG = Logger.getLogger(PretrainJobs.class.getName());

    private final RunStore store;
    private final ModelCatalog catalog;
    private final String codeVersion;
    private final ExecutorService worker;
    private final Map<String, PretrainJob> jobs = new LinkedHashMap<>();
    private final Map<String, PretrainJob> active = new LinkedHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<PretrainJob.State, AtomicLong> ended = Map.of(
            PretrainJob.State.SUCCEEDED, new AtomicLong(),
            PretrainJob.State.FAILED, new AtomicLong(),
            PretrainJob.State.CANCELLED, new AtomicLong());
    private boolean closed;

    PretrainJobs(RunStore store, ModelCatalog catalog, String codeVersion) {
        this.store = store;
        this.catalog = catalog;
        this.codeVersion = codeVersion;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bellamy-pretrain");
            t.setDaemon(true);
            return t;
        });
    }

    /** The store sources a training target selects ({@code null}: all). */
    static Set<String> sources(TrainingTarget target, RunStore store) {
        if (target == TrainingTarget.ALL) {
            return null;
        }
        Set<String> selected = new TreeSet<>();
        for (String source : store.sources()) {
            if (target.selects(source)) {
                selected.add(source);
            }
        }
        return selected.isEmpty() ? Set.of(target.id()) : selected;
    }

    /**
     * Queues a pre-training.
     *
     * @param trigger who asked: {@code api} or {@code schedule}
     * @throws ApiProblem 404 when the target has no runs of the algorithm, 409 when the model
     *     already has a queued or running job, 503 after {@link #close}
     */
    PretrainJob submit(TrainingTarget target, String algorithm, PretrainOptions options,
            String trigger) {
        catalog.registry().file(target.id(), algorithm); // validates the name
        List<String> known = store.algorithms(sources(target, store));
        if (!known.contains(algorithm)) {
            throw ApiProblem.notFound("unknown-algorithm", "no runs of algorithm '" + algorithm
                    + "' for training target '" + target.id() + "'; it has: "
                    + String.join(", ", known));
        }
        synchronized (this) {
            if (closed) {
                throw ApiProblem.unavailable("the server is shutting down", null);
            }
            PretrainJob running = active.get(target.id() + "/" + algorithm);
            if (running != null) {
                throw ApiProblem.conflict("pretrain-in-progress", "model " + running.modelKey()
                        + " is already being pre-trained by job " + running.id(),
                        Map.of("job", "/v1/jobs/" + running.id()));
            }
            PretrainJob job = new PretrainJob(Long.toString(nextId.getAndIncrement()), target,
                    algorithm, options, trigger);
            jobs.put(job.id(), job);
            active.put(job.modelKey(), job);
            trim();
            job.attach(worker.submit(() -> run(job)));
            return job;
        }
    }

    private void run(PretrainJob job) {
        try {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled before it started");
            }
            List<RunRecord> records = store.runs(RunQuery.of(job.algorithm())
                    .withSources(sources(job.target(), store)));
            job.running(records.size());
            PretrainResult result = new Pretrainer(codeVersion).pretrain(job.target().id(),
                    job.algorithm(), records, job.options(), job);
            if (Thread.interrupted()) {
                throw new InterruptedException("cancelled before the model was written");
            }
            BellamyModel model = ModelCalibrator.calibrate(result.model(), records,
                    job.options().config(), codeVersion, job.options().seed());
            if (Thread.interrupted()) {
                throw new InterruptedException("cancelled before the model was written");
            }
            catalog.registry().save(model);
            catalog.invalidate(job.target().id(), job.algorithm());
            job.succeeded(model);
        } catch (InterruptedException | CancellationException e) {
            job.cancelled("cancelled: " + e.getMessage());
        } catch (Exception | Error e) {
            if (Thread.currentThread().isInterrupted() || closedNow()) {
                job.cancelled("cancelled: " + e.getMessage());
            } else {
                LOG.log(Level.WARNING, "pre-training job " + job.id() + " failed", e);
                job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        } finally {
            if (job.countOnce()) {
                ended.get(job.state()).incrementAndGet();
            }
            synchronized (this) {
                active.remove(job.modelKey(), job);
            }
        }
    }

    private synchronized boolean closedNow() {
        return closed;
    }

    /** A job by id; 404 when unknown (or forgotten). */
    synchronized PretrainJob get(String id) {
        PretrainJob job = jobs.get(id);
        if (job == null) {
            throw ApiProblem.notFound("unknown-job", "no job with id '" + id + "'");
        }
        return job;
    }

    /** Every job known, oldest first. */
    synchronized List<PretrainJob> list() {
        return new ArrayList<>(jobs.values());
    }

    /** Whether a model has a queued or running job. */
    synchronized boolean busy(String target, String algorithm) {
        return active.containsKey(target + "/" + algorithm);
    }

    /** Jobs counted by state: queued and running now, the finished ones since start. */
    synchronized Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        long queued = active.values().stream()
                .filter(j -> j.state() == PretrainJob.State.QUEUED).count();
        counts.put("queued", queued);
        counts.put("running", active.size() - queued);
        ended.forEach((state, n) -> counts.put(state.id(), n.get()));
        return counts;
    }

    private void trim() {
        if (jobs.size() <= KEEP_FINISHED) {
            return;
        }
        jobs.values().removeIf(j -> j.state().finished() && jobs.size() > KEEP_FINISHED);
    }

    /**
     * Cancels queued and running jobs (interrupting the search) and waits for the worker to stop.
     * No model is written by a cancelled job.
     */
    void close(Duration wait) {
        synchronized (this) {
            closed = true;
            active.values().forEach(PretrainJob::requestCancel);
        }
        worker.shutdownNow(); // interrupts the running job; queued ones never start
        synchronized (this) {
            for (PretrainJob job : List.copyOf(active.values())) {
                if (job.state() == PretrainJob.State.QUEUED) {
                    job.cancelled("cancelled: the server shut down");
                    if (job.countOnce()) {
                        ended.get(PretrainJob.State.CANCELLED).incrementAndGet();
                    }
                    active.remove(job.modelKey(), job);
                }
            }
        }
        try {
            if (!worker.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning("a pre-training job did not stop within " + wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
