package io.bellamy.adaptation;

import io.bellamy.baselines.ErnestPredictor;
import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.TrainingData;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The default predictor's model of one context: the prior curve of the pre-trained models
 * ({@link PriorModels}, blended by the calibrated network weight) times the correction fitted to
 * the context's given runs ({@link LogLinearCorrection}), with prediction intervals from
 * {@link AdaptationSettings}.
 *
 * <p>Scale-outs outside the pre-training range: the network never saw that part of the curve,
 * and the prior there is only the shape fit's extension. So when {@value #ERNEST_MIN_SCALE_OUTS}
 * or more scale-outs are given and any of them lies outside the range (the context runs where
 * the pre-training data never went), the context's own runs decide alone: Ernest (SPEC §7) fitted to them, kept above {@value #ERNEST_FLOOR} of the
 * smallest given runtime. (A leave-one-out choice against Ernest inside the range, as Bell
 * makes it, was tried and raised the C3O error at k = 3 from 7.5 to 8.9 %.)
 *
 * <p>The prior curve is made from the first given run (or, with none, from the first query) at
 * every scale-out of the pre-training range, once; thread-safe.
 */
public final class AdaptedRuntimeModel implements FittedRuntimeModel {

    /** The least number of given scale-outs with which Ernest replaces the prior. */
    public static final int ERNEST_MIN_SCALE_OUTS = 3;

    /** Ernest's predictions are kept above this share of the smallest given runtime. */
    static final double ERNEST_FLOOR = 0.01;

    private final PriorModels models;
    private final List<RunRecord> given;
    private final int k;
    private final AdaptationSettings settings;
    private PriorCurve prior;
    private LogLinearCorrection correction;
    private FittedRuntimeModel ernest;
    private double ernestFloor;

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
        if (k >= ERNEST_MIN_SCALE_OUTS) {
            long outside = given.stream().mapToInt(RunRecord::instanceCount).distinct()
                    .filter(n -> n < models.lo() || n > models.hi()).count();
            if (outside > 0) {
                ernest = new ErnestPredictor().fit(new TrainingData(given.get(0).context(), given,
                        List.of()));
                ernestFloor = ERNEST_FLOOR * given.stream().mapToDouble(RunRecord::grossRuntime)
                        .min().orElseThrow();
            }
        }
    }

    @Override
    public double predict(RunRecord query) {
        fitFrom(query);
        int n = query.instanceCount();
        synchronized (this) {
            if (ernest != null) {
                return Math.max(ernest.predict(query), ernestFloor);
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

    /** Whether Ernest replaced the prior (3+ given scale-outs, one or more outside the range). */
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
