package io.bellamy.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Methods that did not run on some cases of a history evaluation, for one reason.
 *
 * @param methods the methods' names, in the evaluation's order
 * @param algorithms the algorithms concerned, sorted
 * @param contexts the ids of the contexts concerned, sorted
 * @param ks the k values concerned, ascending
 * @param reason why, one sentence
 */
public record SkippedMethod(List<String> methods, List<String> algorithms, List<String> contexts,
        List<Integer> ks, String reason) {

    /** Copies the lists. */
    public SkippedMethod {
        methods = List.copyOf(methods);
        algorithms = List.copyOf(algorithms);
        contexts = List.copyOf(contexts);
        ks = List.copyOf(ks);
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * One line, e.g. {@code ernest, bell on grep, sgd (k = 0): need more given scale-outs}.
     */
    public String describe() {
        return String.join(", ", methods) + " on " + String.join(", ", algorithms) + " (k = "
                + ks.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "): "
                + reason;
    }
}
