package io.bellamy.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The cases of a history evaluation bound to their runs, what each is pre-trained on, and
 * notes on what was not evaluated. Made by {@link HistoryEvaluation#plan}.
 */
public final class HistoryPlan {

    private final HistorySpec spec;
    private final EvaluationData data;
    private final List<PretrainingPlan> pretraining;
    private final List<String> notes;

    HistoryPlan(HistorySpec spec, EvaluationData data, List<PretrainingPlan> pretraining,
            List<String> notes) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.data = Objects.requireNonNull(data, "data");
        this.pretraining = List.copyOf(pretraining);
        this.notes = List.copyOf(notes);
    }

    /** What was planned. */
    public HistorySpec spec() {
        return spec;
    }

    /** The cases, per algorithm (sorted), context, k (in the spec's order) and seed. */
    public List<EvaluationCase> cases() {
        return data.cases().stream().map(EvaluationData.BoundCase::evaluationCase).toList();
    }

    /** The pre-trainings, per algorithm and fold. */
    public List<PretrainingPlan> pretraining() {
        return pretraining;
    }

    /** The pre-training of one algorithm and fold. */
    PretrainingPlan pretraining(String algorithm, int fold) {
        return pretraining.stream().filter(p -> p.algorithm().equals(algorithm) && p.fold() == fold)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no pre-training of " + algorithm + " fold " + fold));
    }

    /**
     * Notes, one sentence each: which contexts or ks have no case and why, and where a
     * pre-training departs from the public runs of the algorithm.
     */
    public List<String> notes() {
        return notes;
    }

    EvaluationData data() {
        return data;
    }
}
