package io.bellamy.server;

import io.bellamy.data.TrainingTarget;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import io.bellamy.training.PretrainOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code --pretrain-every DURATION}: at every tick, queues a pre-training job for each model whose
 * training data changed since it was trained. The store only ever adds runs, so the data changed
 * exactly when the store holds a different number of runs of the model's algorithm and target
 * than the model was trained on. Jobs run one at a time on the jobs' worker.
 */
final class RetrainSchedule implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RetrainSchedule.class.getName());

    private final RunStore store;
    private final ModelCatalog catalog;
    private final PretrainJobs jobs;
    private final Supplier<PretrainOptions> options;
    private final ScheduledExecutorService timer;

    RetrainSchedule(RunStore store, ModelCatalog catalog, PretrainJobs jobs,
            Supplier<PretrainOptions> options, Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("--pretrain-every must be > 0, got " + every);
        }
        this.store = store;
        this.catalog = catalog;
        this.jobs = jobs;
        this.options = options;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bellamy-pretrain-schedule");
            t.setDaemon(true);
            return t;
        });
        long millis = every.toMillis();
        timer.scheduleWithFixedDelay(this::tickLogged, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled re-pre-training check failed", e);
        }
    }

    /** Queues a job for every stale model; returns the jobs queued. */
    List<PretrainJob> tick() {
        List<PretrainJob> queued = new ArrayList<>();
        for (String[] key : catalog.list()) {
            TrainingTarget target = TrainingTarget.parse(key[0]);
            String algorithm = key[1];
            if (jobs.busy(target.id(), algorithm)) {
                continue;
            }
            ModelCatalog.Loaded loaded = catalog.find(target.id(), algorithm);
            if (loaded == null) {
                continue;
            }
            int now = store.runs(RunQuery.of(algorithm)
                    .withSources(PretrainJobs.sources(target, store))).size();
            if (now != loaded.model().training().records()) {
                LOG.info(() -> "re-pre-training " + target.id() + "/" + algorithm + ": " + now
                        + " runs, trained on " + loaded.model().training().records());
                queued.add(jobs.submit(target, algorithm, options.get(), "schedule"));
            }
        }
        return queued;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
