package io.bellamy.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which method to trust for one algorithm when k scale-outs of the context have been run: the
 * methods that could predict, ranked by pooled mean relative error (ties keep the evaluation's
 * method order), and how the best compares with the runner-up case by case.
 *
 * @param k the number of given scale-outs
 * @param cases the cases with this k
 * @param ranked the methods that predicted, best first; empty when none could
 * @param better cases in which the best method's mean relative error was below the runner-up's
 * @param worse cases in which it was above the runner-up's
 * @param paired cases in which both the best method and the runner-up predicted (0 when there
 *     is no runner-up); the rest of them are ties
 */
public record KVerdict(int k, int cases, List<MethodScore> ranked, int better, int worse,
        int paired) {

    /** Above this pooled error (in %), even the best method is flagged as doubtful. */
    public static final double CAUTION_PERCENT = 20.0;

    /** Copies the ranking and checks the counts. */
    public KVerdict {
        ranked = List.copyOf(ranked);
        if (better < 0 || worse < 0 || better + worse > paired) {
            throw new IllegalArgumentException("better + worse must be <= paired, all >= 0, got "
                    + better + ", " + worse + ", " + paired);
        }
    }

    /** The best method's name, or empty text when no method could predict. */
    public String best() {
        return ranked.isEmpty() ? "" : ranked.get(0).method();
    }

    /**
     * The verdict as one sentence, e.g. {@code k = 2: trust bellamy, 8.1 % mean relative error
     * over 60 points (interpolation 5.2 %, extrapolation 9.0 %); next gbm 12.0 %; case by case
     * against gbm: lower error in 7, higher in 2, equal in 0 of 9 cases.}
     */
    public String sentence() {
        if (ranked.isEmpty()) {
            return "k = " + k + ": no method could predict (" + cases + " cases).";
        }
        MethodScore b = ranked.get(0);
        StringBuilder s = new StringBuilder();
        s.append("k = ").append(k).append(": trust ").append(b.method()).append(", ")
                .append(percent(b.all())).append(" mean relative error over ").append(b.all().n())
                .append(" points (interpolation ").append(percent(b.interpolation()))
                .append(", extrapolation ").append(percent(b.extrapolation())).append(")");
        if (ranked.size() == 1) {
            s.append("; the only method able to predict with ").append(k).append(" scale-out")
                    .append(k == 1 ? "" : "s").append('.');
        } else {
            s.append("; next ").append(ranked.subList(1, ranked.size()).stream()
                    .map(m -> m.method() + " " + percent(m.all())).collect(Collectors.joining(", ")))
                    .append("; case by case against ").append(ranked.get(1).method())
                    .append(": lower error in ").append(better).append(", higher in ").append(worse)
                    .append(", equal in ").append(paired - better - worse).append(" of ")
                    .append(paired).append(" cases.");
        }
        if (b.all().percent() > CAUTION_PERCENT) {
            s.append(String.format(Locale.ROOT, " Even the best is off by more than %.0f %% on "
                    + "average: use with caution, or run more scale-outs.", CAUTION_PERCENT));
        }
        return s.toString();
    }

    /** An error in percent with one decimal, or {@code –} when there is no point. */
    static String percent(ErrorStats s) {
        return s.n() == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", s.percent());
    }
}
