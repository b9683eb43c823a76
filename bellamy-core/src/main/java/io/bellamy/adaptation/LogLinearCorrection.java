package io.bellamy.adaptation;

import io.bellamy.data.RunRecord;
import io.bellamy.model.CorrectionPenalties;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A correction of a prior curve by a context's own runs, in log space: {@code runtime(n) =
 * prior(n) · exp(level + slope · (ln n - center))}.
 *
 * <p>Fitted by ridge regression of the log residuals {@code r_s = mean_j ln y_sj - ln prior(s)},
 * one per distinct given scale-out {@code s} (its repetitions averaged, so every scale-out
 * weighs the same), on {@code [1, ln s - center]} with {@code center} the mean of {@code ln s}:
 * the two columns are orthogonal, so {@code level = Σ r_s / (k + λ_level)} and
 * {@code slope = Σ x_s r_s / (Σ x_s² + λ_slope)}. The penalties pull towards the prior (a
 * Gaussian prior on level and slope in MAP terms): with one scale-out the curve is scaled, with
 * two or more it may also tilt. Always positive.
 *
 * @param level the log factor at {@code center}
 * @param slope the log-log tilt
 * @param center the mean of {@code ln s} over the given scale-outs (0 with none)
 */
public record LogLinearCorrection(double level, double slope, double center) {

    /** No correction. */
    public static final LogLinearCorrection NONE = new LogLinearCorrection(0, 0, 0);

    /** Checks the numbers are finite. */
    public LogLinearCorrection {
        if (!Double.isFinite(level) || !Double.isFinite(slope) || !Double.isFinite(center)) {
            throw new IllegalArgumentException("correction must be finite, got level=" + level
                    + ", slope=" + slope + ", center=" + center);
        }
    }

    /**
     * Fits the correction to a context's runs.
     *
     * @param runs the context's runs (any number of repetitions per scale-out; may be empty)
     * @param prior the curve to correct
     * @param penalties the ridge penalties
     */
    public static LogLinearCorrection fit(List<RunRecord> runs, PriorCurve prior,
            CorrectionPenalties penalties) {
        Map<Integer, double[]> byScaleOut = new TreeMap<>();
        for (RunRecord r : runs) {
            double[] acc = byScaleOut.computeIfAbsent(r.instanceCount(), n -> new double[2]);
            acc[0] += Math.log(r.grossRuntime());
            acc[1] += 1;
        }
        int k = byScaleOut.size();
        if (k == 0) {
            return NONE;
        }
        double[] x = new double[k];
        double[] res = new double[k];
        double center = 0;
        int i = 0;
        for (Map.Entry<Integer, double[]> e : byScaleOut.entrySet()) {
            int s = e.getKey();
            x[i] = Math.log(s);
            res[i] = e.getValue()[0] / e.getValue()[1] - Math.log(prior.runtime(s));
            center += x[i];
            i++;
        }
        center /= k;
        double sumR = 0;
        double sumXr = 0;
        double sumXx = 0;
        for (i = 0; i < k; i++) {
            double xi = x[i] - center;
            sumR += res[i];
            sumXr += xi * res[i];
            sumXx += xi * xi;
        }
        double level = sumR / (k + penalties.level());
        double slopeDenominator = sumXx + penalties.slope();
        double slope = Double.isInfinite(penalties.slope()) || slopeDenominator == 0 ? 0.0
                : sumXr / slopeDenominator;
        return new LogLinearCorrection(level, slope, center);
    }

    /** The factor the prior is multiplied with at scale-out {@code n}. */
    public double factor(int n) {
        return Math.exp(level + slope * (Math.log(n) - center));
    }
}
