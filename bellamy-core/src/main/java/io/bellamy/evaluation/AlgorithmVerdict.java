package io.bellamy.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which method to trust at which k for one algorithm of a history evaluation.
 *
 * @param algorithm the algorithm
 * @param ks one verdict per k evaluated, ascending
 */
public record AlgorithmVerdict(String algorithm, List<KVerdict> ks) {

    /** Copies the list. */
    public AlgorithmVerdict {
        Objects.requireNonNull(algorithm, "algorithm");
        ks = List.copyOf(ks);
    }

    /**
     * The best method per k in one line, runs of k with the same best method merged, e.g.
     * {@code k = 0: gbm; k = 1–3: bellamy}.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < ks.size()) {
            int j = i;
            while (j + 1 < ks.size() && ks.get(j + 1).best().equals(ks.get(i).best())
                    && ks.get(j + 1).k() == ks.get(j).k() + 1) {
                j++;
            }
            String range = i == j ? "k = " + ks.get(i).k()
                    : "k = " + ks.get(i).k() + "–" + ks.get(j).k();
            String best = ks.get(i).best();
            parts.add(range + ": " + (best.isEmpty() ? "no method" : best));
            i = j + 1;
        }
        return String.join("; ", parts);
    }
}
