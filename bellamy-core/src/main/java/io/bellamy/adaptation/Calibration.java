package io.bellamy.adaptation;

import io.bellamy.model.AdaptationSettings;
import io.bellamy.model.CorrectionPenalties;
import io.bellamy.model.TrainingReport.ErrorQuantiles;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Chooses the prior's network weight and the correction's penalties, and measures the prediction
 * intervals, on held-out contexts of the pre-training data (never on a context a prediction is
 * later scored on).
 *
 * <p>For each network weight of {@link #WEIGHT_GRID}, the penalties for each {@code k >= 1} are
 * the grid point with the lowest pooled mean relative error over the held-out cases with that
 * {@code k} (ties: the earlier point, i.e. the stronger penalties); the weight chosen is the one
 * whose mean over {@code k} of those errors (with {@code k = 0}) is lowest. The log-error
 * quantiles are then measured per {@code k} with the choice.
 */
public final class Calibration {

    /** The network weights tried (1: network only, 0: global model only). */
    public static final List<Double> WEIGHT_GRID = List.of(1.0, 0.75, 0.5, 0.25, 0.0);

    /** The level penalties tried. */
    public static final List<Double> LEVEL_GRID = List.of(4.0, 2.0, 1.0, 0.5, 0.25, 0.1, 0.0);

    /** The slope penalties tried (infinite: never tilt). */
    public static final List<Double> SLOPE_GRID = List.of(Double.POSITIVE_INFINITY, 16.0, 8.0, 4.0,
            2.0, 1.0, 0.5, 0.25, 0.1, 0.0);

    private Calibration() {
    }

    /**
     * The settings chosen on {@code cases}; {@link AdaptationSettings#DEFAULTS} when there is no
     * case with a test point.
     */
    public static AdaptationSettings choose(List<CalibrationCase> cases) {
        List<CalibrationCase> usable = cases.stream()
                .filter(c -> c.testScaleOuts().length > 0).toList();
        if (usable.isEmpty()) {
            return AdaptationSettings.DEFAULTS;
        }
        int maxK = usable.stream().mapToInt(CalibrationCase::k).max().orElse(0);
        boolean global = usable.stream().allMatch(c -> c.global() != null);
        double bestWeight = 1.0;
        List<CorrectionPenalties> bestPenalties = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (double w : global ? WEIGHT_GRID : List.of(1.0)) {
            List<Scored> scored = new ArrayList<>();
            for (CalibrationCase c : usable) {
                scored.add(new Scored(c, c.prior(w)));
            }
            List<CorrectionPenalties> perK = new ArrayList<>();
            double sum = 0;
            int count = 0;
            for (int k = 0; k <= maxK; k++) {
                int kk = k;
                List<Scored> atK = scored.stream().filter(s -> s.c.k() == kk).toList();
                // k = 0 has no correction; a k without cases keeps the previous k's choice
                CorrectionPenalties best = k == 0 ? AdaptationSettings.DEFAULTS.penalties(0)
                        : perK.get(k - 1);
                double bestAtK = atK.isEmpty() ? Double.NaN : mre(atK, best);
                if (k >= 1 && !atK.isEmpty()) {
                    bestAtK = Double.POSITIVE_INFINITY;
                    for (double level : LEVEL_GRID) {
                        for (double slope : SLOPE_GRID) {
                            var p = new CorrectionPenalties(level, slope);
                            double score = mre(atK, p);
                            if (score < bestAtK) {
                                bestAtK = score;
                                best = p;
                            }
                        }
                    }
                }
                perK.add(best);
                if (!atK.isEmpty()) {
                    sum += bestAtK;
                    count++;
                }
            }
            double score = sum / count;
            if (score < bestScore) {
                bestScore = score;
                bestWeight = w;
                bestPenalties = perK;
            }
        }
        return new AdaptationSettings(bestWeight, bestPenalties,
                logErrorQuantiles(usable, bestWeight, bestPenalties, maxK), usable.size());
    }

    private record Scored(CalibrationCase c, PriorCurve prior) {
    }

    /** The pooled mean relative error of the cases' test points. */
    private static double mre(List<Scored> cases, CorrectionPenalties penalties) {
        double sum = 0;
        int count = 0;
        for (Scored s : cases) {
            LogLinearCorrection corr = LogLinearCorrection.fit(s.c.given(), s.prior, penalties);
            int[] n = s.c.testScaleOuts();
            double[] y = s.c.testRuntimes();
            for (int i = 0; i < n.length; i++) {
                double predicted = s.prior.runtime(n[i]) * corr.factor(n[i]);
                sum += Math.abs(predicted - y[i]) / y[i];
                count++;
            }
        }
        return sum / count;
    }

    private static List<ErrorQuantiles> logErrorQuantiles(List<CalibrationCase> cases, double w,
            List<CorrectionPenalties> penalties, int maxK) {
        TreeMap<Integer, List<Double>> perK = new TreeMap<>();
        for (CalibrationCase c : cases) {
            PriorCurve prior = c.prior(w);
            LogLinearCorrection corr = LogLinearCorrection.fit(c.given(), prior,
                    penalties.get(Math.min(c.k(), penalties.size() - 1)));
            List<Double> errors = perK.computeIfAbsent(c.k(), k -> new ArrayList<>());
            for (int i = 0; i < c.testScaleOuts().length; i++) {
                int n = c.testScaleOuts()[i];
                double predicted = prior.runtime(n) * corr.factor(n);
                errors.add(Math.abs(Math.log(predicted / c.testRuntimes()[i])));
            }
        }
        List<ErrorQuantiles> out = new ArrayList<>();
        ErrorQuantiles last = AdaptationSettings.DEFAULTS.logErrors().get(0);
        for (int k = 0; k <= maxK; k++) {
            List<Double> errors = perK.get(k);
            if (errors != null && !errors.isEmpty()) {
                last = ErrorQuantiles.of(errors.stream().mapToDouble(Double::doubleValue).toArray());
            }
            out.add(last);
        }
        return out;
    }
}
