package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One execution of a {@link Search}: a discrete-event loop in virtual time on the calling
 * thread, with trial runs on a {@link TrialRunner}.
 *
 * <p>Every live trial is either running (a {@code run} call up to its next stop epoch is in
 * flight, launched at virtual time {@code L}, so its event cannot come before {@code L + 1}) or
 * pending (its call returned; its event time is known, see {@link SearchMode#eventTime}). The
 * loop processes the earliest pending events only once no running call can produce an earlier
 * or equal one; all events of that time go in trial-number order; then freed slots are refilled
 * at that time. Nothing depends on which thread finishes first, so the sequence of sampler calls,
 * seeds, scheduler calls and results is a function of the seed and the concurrency.
 *
 * <p>The price of waiting for earlier-or-equal events: a trial that fails or ends on its own
 * between rungs keeps its slot idle until every other running call has returned, since any of
 * them might still produce an earlier event.
 */
final class SearchRun<S, P> {

    private final SearchSpace space;
    private final Sampler sampler;
    private final TrialObjective<S, P> objective;
    private final SearchConfig config;
    private final SearchListener listener;
    private final AshaScheduler scheduler;
    private final TrialEngine engine;
    private TrialRunner<S, P> runner;
    private final SplittableRandom seeds;
    private final List<Integer> stops;
    private final List<TrialRun<S, P>> live = new ArrayList<>();
    private final List<TrialResult<P>> results = new ArrayList<>();
    private final List<FinishedTrial> finished = new ArrayList<>();
    private int nextNumber;

    SearchRun(SearchSpace space, Sampler sampler, TrialObjective<S, P> objective,
            SearchConfig config, SearchListener listener, TrialEngine engine) {
        this.space = space;
        this.sampler = sampler;
        this.objective = objective;
        this.config = config;
        this.listener = listener;
        this.scheduler = new AshaScheduler(config.asha());
        this.engine = engine;
        this.seeds = new SplittableRandom(config.seed());
        this.stops = stopEpochs(config);
    }

    /**
     * The epochs at which a run call ends: the rung milestones before the trial's last epoch,
     * then the last epoch ({@link SearchConfig#lastEpoch()}).
     */
    static List<Integer> stopEpochs(SearchConfig config) {
        int last = config.lastEpoch();
        List<Integer> stops = new ArrayList<>();
        for (int milestone : config.asha().milestones()) {
            if (milestone < last) {
                stops.add(milestone);
            }
        }
        stops.add(last);
        return List.copyOf(stops);
    }

    SearchResult<P> run() throws InterruptedException {
        try (TrialRunner<S, P> opened = engine.open(objective, listener)) {
            runner = opened;
            fillSlots(0);
            while (!live.isEmpty()) {
                long time = awaitNextEventTime();
                for (TrialRun<S, P> trial : List.copyOf(live)) {
                    if (!trial.running && trial.eventTime == time) {
                        process(trial, time);
                    }
                }
                fillSlots(time);
            }
        } finally {
            runner = null;
        }
        results.sort(Comparator.comparingInt(TrialResult::number));
        return new SearchResult<>(results, scheduler.rungTable());
    }

    private long awaitNextEventTime() throws InterruptedException {
        while (true) {
            long earliestPending = Long.MAX_VALUE;
            long earliestRunning = Long.MAX_VALUE;
            for (TrialRun<S, P> trial : live) {
                if (trial.running) {
                    earliestRunning = Math.min(earliestRunning, trial.launchTime + 1);
                } else {
                    earliestPending = Math.min(earliestPending, trial.eventTime);
                }
            }
            if (earliestPending < earliestRunning) {
                return earliestPending;
            }
            TrialStep<S, P> step = runner.take();
            TrialRun<S, P> done = runningTrial(step.trial());
            done.running = false;
            done.chunk = step;
            done.state = step.state();
            int consumed = step.reports().size() + (step.returned() ? 0 : 1);
            done.eventTime = config.mode().eventTime(done.launchTime, consumed);
        }
    }

    private TrialRun<S, P> runningTrial(int number) {
        for (TrialRun<S, P> trial : live) {
            if (trial.number == number && trial.running) {
                return trial;
            }
        }
        throw new IllegalStateException("the trial runner returned a step of trial " + number
                + ", which has no task outstanding");
    }

    private void process(TrialRun<S, P> trial, long time) {
        TrialStep<S, P> chunk = trial.chunk;
        trial.chunk = null;
        Decision last = Decision.CONTINUE;
        for (EpochReport report : chunk.reports()) {
            if (!Double.isFinite(report.metric())) {
                break; // the failure names it
            }
            if (last == Decision.STOP) {
                throw new IllegalStateException("ASHA stopped trial " + trial.number
                        + " before the end of a run call; run calls must end at rungs");
            }
            trial.history.add(report);
            last = scheduler.onReport(trial.number, report.epoch(), report.metric());
            listener.epochReported(trial.number, report, last);
        }
        if (chunk.returned()) {
            trial.payload = chunk.payload();
        }
        if (chunk.failure() != null) {
            finish(trial, TrialStatus.FAILED, chunk.failure());
        } else if (!chunk.returned()) {
            throw new IllegalStateException("trial " + trial.number + " threw without a failure");
        } else if (last == Decision.STOP) {
            finish(trial, trial.epochsDone() >= config.lastEpoch() ? TrialStatus.COMPLETED
                    : TrialStatus.STOPPED, "");
        } else if (trial.epochsDone() >= config.lastEpoch()) {
            scheduler.onComplete(trial.number, trial.epochsDone(), lastMetric(trial));
            finish(trial, TrialStatus.COMPLETED, "");
        } else if (chunk.reports().size() < chunk.requested()) {
            if (trial.history.isEmpty()) {
                finish(trial, TrialStatus.FAILED, "the objective returned without reporting an"
                        + " epoch");
            } else {
                scheduler.onComplete(trial.number, trial.epochsDone(), lastMetric(trial));
                finish(trial, TrialStatus.COMPLETED, "");
            }
        } else {
            launch(trial, time);
        }
    }

    private static double lastMetric(TrialRun<?, ?> trial) {
        return trial.history.get(trial.history.size() - 1).metric();
    }

    private void finish(TrialRun<S, P> trial, TrialStatus status, String reason) {
        TrialResult<P> result = new TrialResult<>(trial.number, trial.params, trial.seed, status,
                trial.history, reason, trial.payload);
        live.remove(trial);
        results.add(result);
        finished.add(result.toFinishedTrial());
        finished.sort(Comparator.comparingInt(FinishedTrial::number));
        listener.trialFinished(result);
    }

    private void fillSlots(long time) {
        while (live.size() < config.concurrency() && nextNumber < config.trials()) {
            SplittableRandom trialRandom = seeds.split();
            long seed = trialRandom.nextLong();
            TrialParams params = sampler.sample(space, List.copyOf(finished), trialRandom);
            space.validate(params);
            TrialRun<S, P> trial = new TrialRun<>(nextNumber++, params, seed);
            live.add(trial);
            listener.trialStarted(trial.number, params, seed);
            launch(trial, time);
        }
    }

    private void launch(TrialRun<S, P> trial, long time) {
        int lastEpoch = nextStop(trial.epochsDone());
        trial.running = true;
        trial.launchTime = time;
        runner.submit(trial.task(lastEpoch));
    }

    private int nextStop(int epochsDone) {
        for (int stop : stops) {
            if (stop > epochsDone) {
                return stop;
            }
        }
        throw new IllegalStateException("no epoch left after " + epochsDone);
    }
}
