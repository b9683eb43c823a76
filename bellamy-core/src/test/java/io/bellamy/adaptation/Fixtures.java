package io.bellamy.adaptation;

import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Synthetic runs and curves for the adaptation tests. */
final class Fixtures {

    /** The input size of the synthetic contexts, MB (Ernest's {@code size/n} term uses it). */
    static final double SIZE_MB = 1000;

    private Fixtures() {
    }

    /** A run of synthetic context {@code context} at scale-out {@code n}. */
    static RunRecord run(int context, int n, double runtime) {
        return new RunRecord("grep", n, runtime, "m4.xlarge", "ctx" + context, SIZE_MB,
                "100 1000 0.5", "test", "grep-spark", 16000.0 * n, 4.0 * n);
    }

    /** A run of context 0. */
    static RunRecord run(int n, double runtime) {
        return run(0, n, runtime);
    }

    /** One run of context {@code context} at each scale-out, runtime {@code truth(n)}. */
    static List<RunRecord> runs(int context, IntToDoubleFunction truth, int... scaleOuts) {
        List<RunRecord> runs = new ArrayList<>();
        for (int n : scaleOuts) {
            runs.add(run(context, n, truth.applyAsDouble(n)));
        }
        return runs;
    }

    /** A prior curve over {@code [lo, hi]} that is {@code model} inside (model must be positive). */
    static PriorCurve curve(IntToDoubleFunction model, int lo, int hi) {
        return PriorCurve.fit(model, lo, hi, 1.0);
    }

    /** The relative difference {@code |a - b| / |b|}. */
    static double rel(double a, double b) {
        return Math.abs(a - b) / Math.abs(b);
    }
}
