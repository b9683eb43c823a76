package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Bell's model selection (Thamsen et al., 2016, after the authors' Scala implementation):
 * candidates are local linear regressions with bandwidths 1, 2, ..., 100 followed by Ernest;
 * each is scored by cross-validation on interpolation splits and the best is refitted on all
 * runs.
 *
 * <p>Interpolation splits: every distinct scale-out strictly between the smallest and the
 * largest is held out in turn (all its repetitions); the candidate fitted on the other runs
 * predicts it, and the split's error is the mean relative error {@code |pred - y| / y} over the
 * held-out runs. A candidate's score is the mean over splits. The smallest score wins; scores
 * (dimensionless) within {@value #TIE_TOLERANCE} of the smallest are ties, resolved to the
 * earliest candidate (smaller bandwidth, kernel before Ernest — the original's {@code argmin}
 * order).
 * The tolerance matters when the held-out fits are mathematically identical: with two
 * training scale-outs every bandwidth fits the same line, and rounding must not pick one. A
 * non-finite score never wins. Without interior scale-outs there is nothing to validate and
 * Ernest is chosen.
 */
final class BellModelSelection {

    /** Score difference (in units of relative error) up to which two candidates are tied. */
    static final double TIE_TOLERANCE = 1e-9;

    /** Bandwidths 1..100 in scale-out units, as in Bell. */
    static final int MAX_BANDWIDTH = 100;

    /** A named way to fit a model on runs. */
    record Candidate(String name, Function<List<RunRecord>, FittedRuntimeModel> fitter) {
    }

    private BellModelSelection() {
    }

    /** The candidates in tie-breaking order: bandwidths 1..100, then Ernest. */
    static List<Candidate> candidates() {
        List<Candidate> list = new ArrayList<>();
        for (int h = 1; h <= MAX_BANDWIDTH; h++) {
            double bandwidth = h;
            list.add(new Candidate("llr(h=" + h + ")",
                    runs -> LocalLinearRegression.fit(runs, bandwidth)));
        }
        list.add(new Candidate(ErnestPredictor.NAME, ErnestModel::fit));
        return List.copyOf(list);
    }

    /**
     * Index into {@code candidates} of the one chosen for {@code runs}.
     *
     * @param runs the target context's runs, at least one; not modified
     */
    static int choose(List<RunRecord> runs, List<Candidate> candidates) {
        List<Integer> inner = innerScaleOuts(runs);
        if (inner.isEmpty()) {
            return candidates.size() - 1;
        }
        double[] scores = new double[candidates.size()];
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < candidates.size(); c++) {
            scores[c] = score(runs, inner, candidates.get(c));
            if (!Double.isFinite(scores[c])) {
                scores[c] = Double.POSITIVE_INFINITY;
            }
            best = Math.min(best, scores[c]);
        }
        if (best == Double.POSITIVE_INFINITY) {
            return candidates.size() - 1;
        }
        for (int c = 0; c < scores.length; c++) {
            if (scores[c] <= best + TIE_TOLERANCE) {
                return c;
            }
        }
        throw new IllegalStateException("no candidate reached the best score " + best);
    }

    /** Distinct scale-outs strictly between the smallest and largest, ascending. */
    static List<Integer> innerScaleOuts(List<RunRecord> runs) {
        TreeSet<Integer> distinct = new TreeSet<>();
        runs.forEach(r -> distinct.add(r.instanceCount()));
        if (distinct.size() < 3) {
            return List.of();
        }
        return List.copyOf(distinct.subSet(distinct.first(), false, distinct.last(), false));
    }

    /** Mean over interpolation splits of the held-out mean relative error. */
    static double score(List<RunRecord> runs, List<Integer> inner, Candidate candidate) {
        double total = 0;
        for (int heldOut : inner) {
            List<RunRecord> train = new ArrayList<>();
            List<RunRecord> test = new ArrayList<>();
            for (RunRecord r : runs) {
                (r.instanceCount() == heldOut ? test : train).add(r);
            }
            FittedRuntimeModel model = candidate.fitter().apply(train);
            double error = 0;
            for (RunRecord r : test) {
                error += Math.abs(model.predict(r) - r.grossRuntime()) / r.grossRuntime();
            }
            total += error / test.size();
        }
        return total / inner.size();
    }
}
