package io.bellamy.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * What the networks of a history evaluation pre-train on for some contexts of one algorithm:
 * one pre-training per method, shared by the contexts it serves.
 *
 * @param algorithm the algorithm
 * @param fold -1 when it serves every context of the algorithm (nothing to exclude), else the
 *     index of the one context it serves
 * @param served the ids of the contexts whose cases use it
 * @param publicName the public runs' name ({@code c3o}, {@code bell}, {@code all}, {@code none})
 * @param publicRuns the number of public runs used
 * @param excludedPublicRuns public runs left out because they are of the context under test
 * @param userContexts ids of the user's other contexts used
 * @param userRuns the number of their runs
 */
public record PretrainingPlan(String algorithm, int fold, List<String> served, String publicName,
        int publicRuns, int excludedPublicRuns, List<String> userContexts, int userRuns) {

    /** Copies the lists. */
    public PretrainingPlan {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicName, "publicName");
        served = List.copyOf(served);
        userContexts = List.copyOf(userContexts);
    }

    /** The number of runs pre-trained on. */
    public int runs() {
        return publicRuns + userRuns;
    }

    /** One line saying what is pre-trained on, e.g. {@code 810 c3o runs of grep}. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (publicRuns > 0) {
            s.append(publicRuns).append(' ').append(publicName).append(" runs of ").append(algorithm);
            if (excludedPublicRuns > 0) {
                s.append(" (without the ").append(excludedPublicRuns)
                        .append(" of the context under test)");
            }
        }
        if (!userContexts.isEmpty()) {
            s.append(s.isEmpty() ? "" : " + ").append(userRuns).append(userRuns == 1 ? " run" : " runs")
                    .append(" of your context")
                    .append(userContexts.size() == 1 ? " " : "s ")
                    .append(String.join(", ", userContexts));
        }
        return s.isEmpty() ? "nothing (" + emptyReason() + ")" : s.toString();
    }

    /** Why there is nothing to pre-train on, e.g. {@code no c3o runs of wordcount and ...}. */
    String emptyReason() {
        String publicPart = publicName.equals(PublicRuns.NONE.name())
                ? "no public runs (pre-training target none)"
                : "no " + publicName + " runs of " + algorithm
                        + (excludedPublicRuns > 0 ? " but the context's own" : "");
        return publicPart + " and no other context of " + algorithm + " in your history";
    }
}
