package io.bellamy.evaluation;

import io.bellamy.data.RunRecord;
import java.util.List;
import java.util.Objects;

/**
 * What a method may learn from before it sees any case of a fold: the runs of the contexts the
 * fold's cases may pre-train on (C3O: the other folds' contexts; cross-environment: every C3O
 * context of the algorithm). Never a run of a context the fold tests on.
 *
 * @param algorithm the algorithm
 * @param fold the fold, or -1 for the cross-environment variant
 * @param preTrainingRuns the runs, in file order
 */
public record FoldData(String algorithm, int fold, List<RunRecord> preTrainingRuns) {

    /** Copies the list. */
    public FoldData {
        Objects.requireNonNull(algorithm, "algorithm");
        preTrainingRuns = List.copyOf(preTrainingRuns);
    }
}
