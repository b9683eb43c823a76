package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.List;

/**
 * Local linear kernel regression of runtime on scale-out, as in Bell (Thamsen et al., 2016):
 * at a query scale-out {@code n0} the prediction is the intercept of the weighted least-squares
 * line of runtime on {@code (1, n - n0)} with Gaussian weights
 * {@code exp(-(n - n0)^2 / (2 h^2))}, one row per run.
 *
 * <p>Numerics: weights are scaled so that the largest is 1 (the solution is unchanged) and
 * weights below the smallest normal double count as zero; the line is computed from centred
 * weighted sums, which stays exact when nearly all weight sits on one scale-out. When all
 * remaining weight sits on a single scale-out the slope is undetermined and the prediction is
 * the weighted mean runtime there (local constant).
 */
final class LocalLinearRegression implements FittedRuntimeModel {

    private final double bandwidth;
    private final double[] scaleOuts;
    private final double[] runtimes;

    private LocalLinearRegression(double bandwidth, double[] scaleOuts, double[] runtimes) {
        this.bandwidth = bandwidth;
        this.scaleOuts = scaleOuts;
        this.runtimes = runtimes;
    }

    /**
     * Stores the runs (copied) for prediction.
     *
     * @throws IllegalArgumentException when {@code runs} is empty or the bandwidth is not
     *     positive and finite
     */
    static LocalLinearRegression fit(List<RunRecord> runs, double bandwidth) {
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("bandwidth must be finite and > 0, got " + bandwidth);
        }
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("local linear regression needs at least one run, got none");
        }
        double[] x = new double[runs.size()];
        double[] y = new double[runs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = runs.get(i).instanceCount();
            y[i] = runs.get(i).grossRuntime();
        }
        return new LocalLinearRegression(bandwidth, x, y);
    }

    @Override
    public double predict(RunRecord query) {
        return predictAt(query.instanceCount());
    }

    /** The local linear estimate at scale-out {@code n0}. */
    double predictAt(double n0) {
        int m = scaleOuts.length;
        double[] logWeight = new double[m];
        double maxLog = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double d = scaleOuts[i] - n0;
            logWeight[i] = -d * d / (2 * bandwidth * bandwidth);
            maxLog = Math.max(maxLog, logWeight[i]);
        }
        double[] w = new double[m];
        double s0 = 0;
        double sd = 0;
        double sy = 0;
        for (int i = 0; i < m; i++) {
            double wi = Math.exp(logWeight[i] - maxLog);
            w[i] = wi < Double.MIN_NORMAL ? 0.0 : wi;
            s0 += w[i];
            sd += w[i] * (scaleOuts[i] - n0);
            sy += w[i] * runtimes[i];
        }
        double meanY = sy / s0;
        if (weightOnOneScaleOut(w)) {
            return meanY;
        }
        double meanD = sd / s0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            double dc = scaleOuts[i] - n0 - meanD;
            sxx += w[i] * dc * dc;
            sxy += w[i] * dc * (runtimes[i] - meanY);
        }
        return meanY - (sxy / sxx) * meanD;
    }

    private boolean weightOnOneScaleOut(double[] w) {
        double seen = Double.NaN;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                if (Double.isNaN(seen)) {
                    seen = scaleOuts[i];
                } else if (scaleOuts[i] != seen) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "LocalLinearRegression[h=" + bandwidth + "]";
    }
}
