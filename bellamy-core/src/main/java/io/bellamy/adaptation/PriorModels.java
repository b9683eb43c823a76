package io.bellamy.adaptation;

import io.bellamy.data.RunRecord;
import io.bellamy.model.AdaptationSettings;
import io.bellamy.prediction.FittedRuntimeModel;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;

/**
 * The pre-trained models a prior curve is made from: the network, and optionally a global model
 * trained on the same runs (the C3O-style gradient boosting), blended by
 * {@link AdaptationSettings#networkWeight()}.
 *
 * @param network the pre-trained network as a model (k = 0: no target run)
 * @param global the global model, or {@code null}
 * @param lo the smallest scale-out of the pre-training runs
 * @param hi the largest
 * @param fallback a positive runtime for a model that predicts nothing positive (the median
 *     pre-training runtime)
 * @param globalKnots the scale-outs the global model was trained on, ascending: a tree ensemble
 *     is a step function between them, so its curve takes its values there and interpolates
 *     log-linearly in between (empty: every scale-out of the range)
 */
public record PriorModels(FittedRuntimeModel network, FittedRuntimeModel global, int lo, int hi,
        double fallback, int[] globalKnots) {

    /** Prior models whose global model is read at every scale-out of the range. */
    public PriorModels(FittedRuntimeModel network, FittedRuntimeModel global, int lo, int hi,
            double fallback) {
        this(network, global, lo, hi, fallback, new int[0]);
    }

    /** These prior models with another network model (e.g. a copy for another thread). */
    public PriorModels withNetwork(FittedRuntimeModel otherNetwork) {
        return new PriorModels(otherNetwork, global, lo, hi, fallback, globalKnots);
    }

    /** Checks the range and the fallback, and copies the knots. */
    public PriorModels {
        globalKnots = globalKnots.clone();
        for (int i = 1; i < globalKnots.length; i++) {
            if (globalKnots[i] <= globalKnots[i - 1]) {
                throw new IllegalArgumentException("global knots must ascend, got "
                        + Arrays.toString(globalKnots));
            }
        }
        Objects.requireNonNull(network, "network");
        PriorCurve.checkRange(lo, hi, fallback);
    }

    /** The network's curve for the context of {@code template}. */
    PriorCurve networkCurve(RunRecord template) {
        return PriorCurve.fit(n -> network.predict(template.withScaleOut(n)), lo, hi, fallback);
    }

    /** The global model's curve for the context of {@code template}, or {@code null}. */
    PriorCurve globalCurve(RunRecord template) {
        if (global == null) {
            return null;
        }
        IntToDoubleFunction atScaleOut = n -> global.predict(template.withScaleOut(n));
        return PriorCurve.fit(globalKnots.length < 2 ? atScaleOut
                : between(atScaleOut, globalKnots), lo, hi, fallback);
    }

    /**
     * The model at the knots, and between two knots the log-log interpolation of its values
     * there (linear where a value is not positive); the nearest knot outside them.
     */
    static IntToDoubleFunction between(IntToDoubleFunction model, int[] knots) {
        double[] values = new double[knots.length];
        boolean[] known = new boolean[knots.length];
        return n -> {
            int i = Arrays.binarySearch(knots, n);
            if (i >= 0) {
                return at(model, knots, values, known, i);
            }
            int upper = -i - 1;
            if (upper == 0) {
                return at(model, knots, values, known, 0);
            }
            if (upper == knots.length) {
                return at(model, knots, values, known, knots.length - 1);
            }
            double a = at(model, knots, values, known, upper - 1);
            double b = at(model, knots, values, known, upper);
            if (a > 0 && b > 0) {
                double t = (Math.log(n) - Math.log(knots[upper - 1]))
                        / (Math.log(knots[upper]) - Math.log(knots[upper - 1]));
                return Math.exp(Math.log(a) + t * (Math.log(b) - Math.log(a)));
            }
            double t = (double) (n - knots[upper - 1]) / (knots[upper] - knots[upper - 1]);
            return a + t * (b - a);
        };
    }

    private static double at(IntToDoubleFunction model, int[] knots, double[] values,
            boolean[] known, int i) {
        if (!known[i]) {
            values[i] = model.applyAsDouble(knots[i]);
            known[i] = true;
        }
        return values[i];
    }

    /** The blended prior curve for the context of {@code template}. */
    PriorCurve curve(RunRecord template, double networkWeight) {
        PriorCurve net = networkCurve(template);
        PriorCurve glob = globalCurve(template);
        return glob == null ? net : PriorCurve.blend(net, glob, networkWeight);
    }
}
