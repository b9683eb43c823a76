package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted Ernest model (Venkataraman et al., "Ernest: Efficient Performance Prediction for
 * Large-Scale Advanced Analytics", NSDI 2016): {@code t(n) = θ0 + θ1 size/n + θ2 ln n + θ3 n}
 * with {@code θ >= 0}, where {@code size} is the input's {@code data_size_MB}.
 */
final class ErnestModel implements FittedRuntimeModel {

    private final double[] theta;

    private ErnestModel(double[] theta) {
        this.theta = theta;
    }

    /**
     * Fits by non-negative least squares with one row per run (every repetition counts).
     *
     * @param runs at least one run; not modified
     * @throws IllegalArgumentException when {@code runs} is empty
     */
    static ErnestModel fit(List<RunRecord> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("Ernest needs at least one run, got none");
        }
        double[][] a = new double[runs.size()][];
        double[] b = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            RunRecord r = runs.get(i);
            a[i] = features(r.instanceCount(), r.dataSizeMB());
            b[i] = r.grossRuntime();
        }
        return new ErnestModel(NnlsSolver.solve(a, b).coefficients());
    }

    /** The feature row {@code [1, size/n, ln n, n]}. */
    static double[] features(int scaleOut, double sizeMB) {
        return new double[] {1.0, sizeMB / scaleOut, Math.log(scaleOut), scaleOut};
    }

    /** A copy of {@code [θ0, θ1, θ2, θ3]}. */
    double[] coefficients() {
        return theta.clone();
    }

    @Override
    public double predict(RunRecord query) {
        double[] f = features(query.instanceCount(), query.dataSizeMB());
        double t = 0;
        for (int i = 0; i < f.length; i++) {
            t += theta[i] * f[i];
        }
        return t;
    }

    @Override
    public String toString() {
        return "Ernest" + Arrays.toString(theta);
    }
}
