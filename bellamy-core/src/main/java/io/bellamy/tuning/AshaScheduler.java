package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Asynchronous Successive Halving (Li et al. 2020, "A System for Massively Parallel
 * Hyperparameter Tuning", MLSys) exactly as Ray Tune's {@code ASHAScheduler} with one bracket
 * ({@code ray/tune/schedulers/async_hyperband.py}, {@code AsyncHyperBandScheduler} and
 * {@code _Bracket}, {@code stop_last_trials=True}), minimising the metric, time in epochs.
 *
 * <p>A report at or after {@link AshaConfig#maxT()} stops the trial. Otherwise the report is
 * checked against the highest rung whose milestone the epoch has reached and that has no value
 * for this trial yet (with a report every epoch, that is the rung at exactly this epoch): the
 * cutoff is {@code numpy.nanpercentile} of the rung's recorded rewards at
 * {@code (1 - 1/eta) * 100}, where a reward is the negated metric as in Ray's min mode; the cutoff
 * is taken over the values recorded <em>before</em> this one (Ray records the new value after
 * comparing), the first trial at a rung always continues, and the trial stops only if its reward
 * is strictly below the cutoff, so a tie continues. The value is then recorded. Reports at other
 * epochs continue without effect. With eta 2 this keeps a trial whose metric is at most the
 * median of those recorded before it.
 *
 * <p>Not thread-safe; {@link Search} calls it from one thread in a deterministic order.
 */
public final class AshaScheduler implements TrialScheduler {

    private final AshaConfig config;
    private final double percentile;
    private final List<Integer> milestones;
    private final List<Map<Integer, Double>> rewards;

    /** A scheduler with empty rungs. */
    public AshaScheduler(AshaConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.percentile = (1 - 1 / config.reductionFactor()) * 100;
        this.milestones = config.milestones();
        this.rewards = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            rewards.add(new LinkedHashMap<>());
        }
    }

    /** The settings. */
    public AshaConfig config() {
        return config;
    }

    @Override
    public Decision onReport(int trial, int epoch, double metric) {
        requireValid(trial, epoch, metric);
        if (epoch >= config.maxT()) {
            return Decision.STOP;
        }
        return onResult(trial, epoch, metric);
    }

    /**
     * Records the last report of a trial that finished by itself into the highest rung it
     * reached but is not recorded in, as Ray's {@code on_trial_complete} does.
     */
    @Override
    public void onComplete(int trial, int epoch, double metric) {
        requireValid(trial, epoch, metric);
        onResult(trial, epoch, metric);
    }

    private Decision onResult(int trial, int epoch, double metric) {
        double reward = -metric;
        for (int r = milestones.size() - 1; r >= 0; r--) {
            Map<Integer, Double> recorded = rewards.get(r);
            if (epoch < milestones.get(r) || recorded.containsKey(trial)) {
                continue;
            }
            Decision decision = Decision.CONTINUE;
            if (!recorded.isEmpty() && reward < cutoff(recorded)) {
                decision = Decision.STOP;
            }
            recorded.put(trial, reward);
            return decision;
        }
        return Decision.CONTINUE;
    }

    private double cutoff(Map<Integer, Double> recorded) {
        double[] values = recorded.values().stream().mapToDouble(Double::doubleValue).toArray();
        return NumpyPercentile.of(values, percentile);
    }

    /** A snapshot of the rungs, in metric terms (not Ray's negated rewards). */
    public RungTable rungTable() {
        List<RungTable.Rung> rungs = new ArrayList<>();
        for (int r = 0; r < milestones.size(); r++) {
            Map<Integer, Double> recorded = rewards.get(r);
            Map<Integer, Double> metrics = new LinkedHashMap<>();
            recorded.forEach((trial, reward) -> metrics.put(trial, -reward));
            OptionalDouble cutoff = recorded.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of(-cutoff(recorded));
            rungs.add(new RungTable.Rung(milestones.get(r), metrics, cutoff));
        }
        return new RungTable(rungs);
    }

    private static void requireValid(int trial, int epoch, double metric) {
        if (trial < 0) {
            throw new IllegalArgumentException("trial number must be >= 0, got " + trial);
        }
        if (epoch < 1) {
            throw new IllegalArgumentException("epoch must be >= 1, got " + epoch);
        }
        if (!Double.isFinite(metric)) {
            throw new IllegalArgumentException("metric must be finite, got " + metric
                    + " for trial " + trial + " at epoch " + epoch);
        }
    }
}
