package io.bellamy.adaptation;

import io.bellamy.model.AdaptationSettings;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The default predictor's model of one context: the prior curve of the pre-trained models
 * ({@link PriorModels}, blended by the calibrated network weight) times the correction fitted to
 * the context's given runs ({@link LogLinearCorrection}), with prediction intervals from
 * {@link AdaptationSettings}.
 *
 * <p>With {@value #LEAVE_ONE_OUT_MIN_SCALE_OUTS} or more given scale-outs the model chooses, as
 * Bell does (Thamsen et al., 2016), between the corrected prior and Ernest fitted to the given
 * runs alone, by the mean relative error of leaving each given scale-out out in turn: where the
 * context behaves unlike the pre-training contexts (another environment, scale-outs far outside
 * the pre-training range), its own runs win. When most given scale-outs lie outside the
 * pre-training range, the network never saw that part of the curve and Ernest is used outright.
 *
 * <p>The prior curve is made from the first given run (or, with none, from the first query) at
 * every scale-out of the pre-training range, once; thread-safe.
 */
public final class AdaptedRuntimeModel implements FittedRuntimeModel {

    /** The least number of given scale-outs with which Ernest competes. */
    public static final int LEAVE_ONE_OUT_MIN_SCALE_OUTS = 3;

    private final PriorModels models;
    private final List<RunRecord> given;
    private final int k;
    private final AdaptationSettings settings;
    private PriorCurve prior;
    private LogLinearCorrection correction;
    private FittedRuntimeModel ernest;

    /**
     * @param models the pre-trained models of the prior
     * @param given the context's runs to adapt to (may be empty)
     * @param settings the calibrated weight, penalties and intervals
     */
    public AdaptedRuntimeModel(PriorModels models, List<RunRecord> given,
            AdaptationSettings settings) {
        this.models = Objects.requireNonNull(models, "models");
        this.given = List.copyOf(given);
        this.k = (int) this.given.stream().mapToInt(RunRecord::instanceCount).distinct().count();
        this.settings = Objects.requireNonNull(settings, "settings");
        if (!this.given.isEmpty()) {
            fitFrom(this.given.get(0));
        }
    }

    private synchronized void fitFrom(RunRecord template) {
        if (prior != null) {
            return;
        }
        prior = models.curve(template, settings.networkWeight());
        correction = LogLinearCorrection.fit(given, prior, settings.penalties(k));
        if (k >= LEAVE_ONE_OUT_MIN_SCALE_OUTS) {
            FittedRuntimeModel candidate = ErnestModelChoice.fitErnest(given);
            long outside = given.stream().mapToInt(RunRecord::instanceCount).distinct()
                    .filter(n -> n < models.lo() || n > models.hi()).count();
            if (2 * outside > k) {
                ernest = candidate;
                return;
            }
            double adaptedError = ErnestModelChoice.leaveOneOutError(given,
                    rest -> adapted(rest), k);
            double ernestError = ErnestModelChoice.leaveOneOutError(given,
                    ErnestModelChoice::fitErnest, k);
            if (ernestError < adaptedError) {
                ernest = candidate;
            }
        }
    }

    /** The prior corrected by {@code runs} (fewer than the given ones), as a model. */
    private FittedRuntimeModel adapted(List<RunRecord> runs) {
        int kk = (int) runs.stream().mapToInt(RunRecord::instanceCount).distinct().count();
        LogLinearCorrection c = LogLinearCorrection.fit(runs, prior, settings.penalties(kk));
        return q -> prior.runtime(q.instanceCount()) * c.factor(q.instanceCount());
    }

    @Override
    public double predict(RunRecord query) {
        fitFrom(query);
        int n = query.instanceCount();
        synchronized (this) {
            if (ernest != null) {
                return ernest.predict(query);
            }
            return prior.runtime(n) * correction.factor(n);
        }
    }

    @Override
    public Optional<double[]> interval(RunRecord query, double confidence) {
        double p = predict(query);
        double w = settings.logHalfWidth(k, confidence);
        return Optional.of(new double[] {p * Math.exp(-w), p * Math.exp(w)});
    }

    /** Whether the Ernest model won the leave-one-out choice (only with 3+ scale-outs). */
    public synchronized boolean choseErnest() {
        return ernest != null;
    }

    /** The number of distinct given scale-outs. */
    public int givenScaleOuts() {
        return k;
    }

    /** The correction fitted so far ({@link LogLinearCorrection#NONE} before any prediction). */
    public synchronized LogLinearCorrection correction() {
        return correction == null ? LogLinearCorrection.NONE : correction;
    }
}
