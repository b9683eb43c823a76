package io.bellamy.adaptation;

import io.bellamy.baselines.NnlsSolver;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * A positive runtime curve over scale-outs for one context, made from a pre-trained model's
 * predictions at every scale-out of the pre-training range {@code [lo, hi]}.
 *
 * <p>Inside the range the curve is the model's own prediction wherever that is positive, and the
 * shape fit below where it is not (a raw-seconds network can predict zero or less), so no
 * prediction is ever zero or negative. Outside the range the min-max scaled scale-out features
 * of the network mean nothing, so the curve is extended with the Ernest shape
 * {@code θ0 + θ1/n + θ2 ln n + θ3 n} (θ ≥ 0, Venkataraman et al., NSDI 2016) fitted to the
 * model's positive predictions over the range by relative non-negative least squares, scaled to
 * meet the curve at the range's edge: {@code c(n) = c(hi) · E(n) / E(hi)} above, likewise below.
 * The extension is continuous, positive and keeps a physical shape however far it reaches.
 *
 * <p>Immutable and thread-safe.
 */
public final class PriorCurve {

    private final int lo;
    private final int hi;
    private final double[] inside;
    private final double[] theta;
    private final boolean modelUsedInside;

    private PriorCurve(int lo, int hi, double[] inside, double[] theta, boolean modelUsedInside) {
        this.lo = lo;
        this.hi = hi;
        this.inside = inside;
        this.theta = theta;
        this.modelUsedInside = modelUsedInside;
    }

    /**
     * Fits the curve.
     *
     * @param model the model's runtime in seconds at a scale-out (called once for each
     *     {@code n} in {@code [lo, hi]})
     * @param lo the smallest scale-out of the pre-training data, at least 1
     * @param hi the largest, at least {@code lo}
     * @param fallback a positive runtime used as a flat curve when the model predicts nothing
     *     positive anywhere in the range (e.g. the median runtime of the pre-training runs)
     * @throws IllegalArgumentException on an empty or invalid range or a non-positive fallback
     */
    public static PriorCurve fit(IntToDoubleFunction model, int lo, int hi, double fallback) {
        checkRange(lo, hi, fallback);
        int size = hi - lo + 1;
        double[] raw = new double[size];
        int positive = 0;
        for (int i = 0; i < size; i++) {
            double p = model.applyAsDouble(lo + i);
            raw[i] = Double.isFinite(p) && p > 0 ? p : 0.0;
            if (raw[i] > 0) {
                positive++;
            }
        }
        if (positive == 0) {
            double[] flat = new double[size];
            Arrays.fill(flat, fallback);
            return new PriorCurve(lo, hi, flat, new double[] {fallback, 0, 0, 0}, false);
        }
        // the shape is fitted to the positive predictions only
        double[] theta = fitShape(lo, raw);
        double[] inside = new double[size];
        for (int i = 0; i < size; i++) {
            inside[i] = raw[i] > 0 ? raw[i] : shape(theta, lo + i);
        }
        return new PriorCurve(lo, hi, inside, theta, positive == size);
    }

    /**
     * The weighted geometric mean of two curves over the same range, {@code a^w b^(1-w)}, with
     * its own shape fit for the extension.
     *
     * @param w the weight of {@code a}, in [0, 1]
     * @throws IllegalArgumentException when the ranges differ or {@code w} is outside [0, 1]
     */
    public static PriorCurve blend(PriorCurve a, PriorCurve b, double w) {
        if (a.lo != b.lo || a.hi != b.hi) {
            throw new IllegalArgumentException("curves over different ranges: [" + a.lo + ", "
                    + a.hi + "] and [" + b.lo + ", " + b.hi + "]");
        }
        if (!(w >= 0 && w <= 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1], got " + w);
        }
        if (w == 1) {
            return a;
        }
        if (w == 0) {
            return b;
        }
        double[] inside = new double[a.inside.length];
        for (int i = 0; i < inside.length; i++) {
            inside[i] = Math.exp(w * Math.log(a.inside[i]) + (1 - w) * Math.log(b.inside[i]));
        }
        return new PriorCurve(a.lo, a.hi, inside, fitShape(a.lo, inside),
                a.modelUsedInside && b.modelUsedInside);
    }

    /**
     * Checks a pre-training scale-out range and a fallback runtime.
     *
     * @throws IllegalArgumentException unless {@code 1 <= lo <= hi} and the fallback is finite
     *     and positive
     */
    static void checkRange(int lo, int hi, double fallback) {
        if (lo < 1 || hi < lo) {
            throw new IllegalArgumentException("scale-out range must satisfy 1 <= lo <= hi, got ["
                    + lo + ", " + hi + "]");
        }
        if (!(fallback > 0) || !Double.isFinite(fallback)) {
            throw new IllegalArgumentException("fallback runtime must be finite and > 0, got "
                    + fallback);
        }
    }

    /** The Ernest features of a scale-out: {@code [1, 1/n, ln n, n]}. */
    static double[] features(int n) {
        return new double[] {1.0, 1.0 / n, Math.log(n), n};
    }

    private static double shape(double[] theta, int n) {
        double[] f = features(n);
        double s = 0;
        for (int j = 0; j < f.length; j++) {
            s += theta[j] * f[j];
        }
        return s;
    }

    /**
     * Relative NNLS over the positive targets: each row divided by its target, so every
     * scale-out weighs the same; targets {@code <= 0} are left out.
     */
    private static double[] fitShape(int lo, double[] target) {
        int rows = (int) Arrays.stream(target).filter(t -> t > 0).count();
        double[][] a = new double[rows][];
        double[] b = new double[rows];
        double smallest = Double.POSITIVE_INFINITY;
        int r = 0;
        for (int i = 0; i < target.length; i++) {
            if (!(target[i] > 0)) {
                continue;
            }
            double[] f = features(lo + i);
            for (int j = 0; j < f.length; j++) {
                f[j] /= target[i];
            }
            a[r] = f;
            b[r++] = 1.0;
            smallest = Math.min(smallest, target[i]);
        }
        double[] theta = NnlsSolver.solve(a, b).coefficients();
        if (!(shape(theta, Math.max(1, lo)) > 0)) {
            // only possible for a degenerate fit; keep the curve positive with a constant term
            theta[0] = Math.max(theta[0], smallest);
        }
        return theta;
    }

    /** The prior runtime in seconds at scale-out {@code n} (positive). */
    public double runtime(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("scale-out must be >= 1, got " + n);
        }
        if (n < lo) {
            return inside[0] * ratio(n, lo);
        }
        if (n > hi) {
            return inside[hi - lo] * ratio(n, hi);
        }
        return inside[n - lo];
    }

    private double ratio(int n, int edge) {
        double at = shape(theta, edge);
        double there = shape(theta, n);
        if (!(at > 0) || !(there > 0)) {
            return 1.0;
        }
        return there / at;
    }

    /** The pre-training range the curve takes from the model. */
    public int lo() {
        return lo;
    }

    /** The pre-training range's upper end. */
    public int hi() {
        return hi;
    }

    /** The Ernest coefficients of the extension, {@code [θ0, θ1, θ2, θ3]} (a copy). */
    public double[] shapeCoefficients() {
        return theta.clone();
    }

    /** Whether the model's own predictions are the whole curve inside the range (all positive). */
    public boolean modelUsedInside() {
        return modelUsedInside;
    }
}
