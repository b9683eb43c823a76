package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.TrainingData;
import java.util.List;

/** Synthetic runs of one context for the baseline tests. */
final class Runs {

    static final double SIZE_MB = 10_000;

    private Runs() {
    }

    /** A grep-like run of the one synthetic context at scale-out {@code n}. */
    static RunRecord run(int n, double runtime) {
        return new RunRecord("grep", n, runtime, "m4.xlarge", "computer", SIZE_MB, "100 1000000 0.5",
                "test", "grep-spark", 16000.0 * n, 4.0 * n);
    }

    /** The query for scale-out {@code n} (runtime ignored by predictors). */
    static RunRecord query(int n) {
        return run(n, 1);
    }

    /** Training data with only target runs. */
    static TrainingData target(List<RunRecord> runs) {
        return new TrainingData(query(1).context(), runs, List.of());
    }
}
