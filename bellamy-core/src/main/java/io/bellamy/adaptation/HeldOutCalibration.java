package io.bellamy.adaptation;

import io.bellamy.data.ContextKey;
import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Makes the held-out cases {@link Calibration} chooses on, from the pre-training runs alone: the
 * contexts (sorted, shuffled with the seed) are dealt into {@value #FOLDS} folds; for each of the
 * first {@code heldOutFolds} folds a model is pre-trained on the other folds' runs, and each of
 * the fold's contexts becomes cases as in SPEC §8: for {@code k = 0..}{@value #MAX_K} (fewer
 * when the context has fewer scale-outs) and {@value #DRAWS} random draws, {@code k} scale-outs
 * are given (all their repetitions) and every other scale-out is tested on its median runtime.
 */
public final class HeldOutCalibration {

    /** The number of folds the contexts are dealt into. */
    public static final int FOLDS = 5;

    /** The largest number of given scale-outs. */
    public static final int MAX_K = 5;

    /** Draws of the given scale-outs per context and {@code k >= 1}. */
    public static final int DRAWS = 2;

    private HeldOutCalibration() {
    }

    /**
     * Pre-trains on held-in contexts and chooses the settings on the held-out ones.
     *
     * @param runs the pre-training runs of one algorithm
     * @param heldOutFolds how many folds to hold out in turn (1..{@value #FOLDS}); each costs one
     *     pre-training
     * @param pretrain pre-trains the prior's models on the given runs (once per held-out fold)
     * @param seed the seed of the dealing and the draws
     * @return the settings, or {@link AdaptationSettings#DEFAULTS} with fewer than
     *     {@value #FOLDS} contexts
     */
    public static AdaptationSettings calibrate(List<RunRecord> runs, int heldOutFolds,
            Function<List<RunRecord>, PriorModels> pretrain, long seed) {
        return Calibration.choose(cases(runs, heldOutFolds, pretrain, seed));
    }

    /** The held-out cases (see the class documentation). */
    public static List<CalibrationCase> cases(List<RunRecord> runs, int heldOutFolds,
            Function<List<RunRecord>, PriorModels> pretrain, long seed) {
        if (heldOutFolds < 1 || heldOutFolds > FOLDS) {
            throw new IllegalArgumentException("held-out folds must be in 1.." + FOLDS + ", got "
                    + heldOutFolds);
        }
        TreeMap<ContextKey, List<RunRecord>> byContext = new TreeMap<>();
        for (RunRecord r : runs) {
            byContext.computeIfAbsent(r.context(), c -> new ArrayList<>()).add(r);
        }
        if (byContext.size() < FOLDS) {
            return List.of();
        }
        List<ContextKey> contexts = new ArrayList<>(byContext.keySet());
        SplittableRandom rng = new SplittableRandom(seed);
        Collections.shuffle(contexts, new Random(rng.nextLong()));
        List<CalibrationCase> cases = new ArrayList<>();
        for (int fold = 0; fold < heldOutFolds; fold++) {
            List<ContextKey> held = new ArrayList<>();
            List<RunRecord> train = new ArrayList<>();
            for (int i = 0; i < contexts.size(); i++) {
                if (i % FOLDS == fold) {
                    held.add(contexts.get(i));
                } else {
                    train.addAll(byContext.get(contexts.get(i)));
                }
            }
            PriorModels models = pretrain.apply(List.copyOf(train));
            for (ContextKey c : held) {
                addCases(byContext.get(c), models, rng, cases);
            }
        }
        return cases;
    }

    private static void addCases(List<RunRecord> contextRuns, PriorModels models,
            SplittableRandom rng, List<CalibrationCase> out) {
        TreeMap<Integer, List<RunRecord>> byScaleOut = new TreeMap<>();
        for (RunRecord r : contextRuns) {
            byScaleOut.computeIfAbsent(r.instanceCount(), n -> new ArrayList<>()).add(r);
        }
        List<Integer> scaleOuts = new ArrayList<>(byScaleOut.keySet());
        if (scaleOuts.size() < 2) {
            return;
        }
        RunRecord template = contextRuns.get(0);
        PriorCurve network = models.networkCurve(template);
        PriorCurve global = models.globalCurve(template);
        int maxK = Math.min(MAX_K, scaleOuts.size() - 1);
        for (int k = 0; k <= maxK; k++) {
            int draws = k == 0 ? 1 : DRAWS;
            for (int d = 0; d < draws; d++) {
                List<Integer> order = new ArrayList<>(scaleOuts);
                for (int i = order.size() - 1; i > 0; i--) {
                    Collections.swap(order, i, rng.nextInt(i + 1));
                }
                List<Integer> chosen = order.subList(0, k);
                List<RunRecord> given = new ArrayList<>();
                List<Integer> tests = new ArrayList<>();
                for (Map.Entry<Integer, List<RunRecord>> e : byScaleOut.entrySet()) {
                    if (chosen.contains(e.getKey())) {
                        given.addAll(e.getValue());
                    } else {
                        tests.add(e.getKey());
                    }
                }
                int[] testScaleOuts = tests.stream().mapToInt(Integer::intValue).toArray();
                double[] medians = new double[testScaleOuts.length];
                for (int i = 0; i < testScaleOuts.length; i++) {
                    medians[i] = median(byScaleOut.get(testScaleOuts[i]).stream()
                            .mapToDouble(RunRecord::grossRuntime).toArray());
                }
                out.add(new CalibrationCase(k, network, global, given, testScaleOuts, medians));
            }
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
