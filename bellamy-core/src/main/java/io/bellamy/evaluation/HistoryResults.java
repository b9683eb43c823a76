package io.bellamy.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * What a history evaluation measured and concluded.
 *
 * @param plan what was evaluated
 * @param results every method on every case, as the public evaluation reports them
 * @param verdicts which method to trust at which k, per algorithm
 * @param skipped the methods that did not run on some cases, and why
 */
public record HistoryResults(HistoryPlan plan, EvaluationResults results,
        List<AlgorithmVerdict> verdicts, List<SkippedMethod> skipped) {

    /** Copies the lists. */
    public HistoryResults {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(results, "results");
        verdicts = List.copyOf(verdicts);
        skipped = List.copyOf(skipped);
    }
}
