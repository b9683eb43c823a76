package io.bellamy.nn;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015) with the
 * semantics of PyTorch's {@code torch.optim.Adam} (not AdamW): the L2 weight decay is added to
 * the gradient before the moment updates. Per value, with step count {@code t}:
 * <pre>
 *   g = grad + weightDecay * w
 *   m = beta1 * m + (1 - beta1) * g
 *   v = beta2 * v + (1 - beta2) * g * g
 *   w = w - (lr / (1 - beta1^t)) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 *
 * <p>Call order: compute gradients into {@link Parameters#gradients()}, then {@link #step}.
 * Frozen groups are skipped entirely: no update, no decay, and their moments and step count do
 * not advance (as PyTorch skips parameters without a gradient); each group counts its own steps.
 * Not thread-safe.
 */
public final class Adam {

    private final Parameters params;
    private final AdamConfig config;
    private final double[] m;
    private final double[] v;
    private final long[] steps;

    /** An optimizer over {@code params} with zero moments. */
    public Adam(Parameters params, AdamConfig config) {
        this.params = Objects.requireNonNull(params, "params");
        this.config = Objects.requireNonNull(config, "config");
        this.m = new double[params.size()];
        this.v = new double[params.size()];
        this.steps = new long[params.groups().size()];
    }

    /** The parameters this optimizer updates. */
    public Parameters parameters() {
        return params;
    }

    /** The hyperparameters. */
    public AdamConfig config() {
        return config;
    }

    /** The number of steps group {@code name} has taken. */
    public long stepCount(String name) {
        ParameterGroup g = params.group(name);
        return steps[params.groups().indexOf(g)];
    }

    /** Forgets moments and step counts, as a freshly built optimizer. */
    public void reset() {
        Arrays.fill(m, 0.0);
        Arrays.fill(v, 0.0);
        Arrays.fill(steps, 0L);
    }

    /**
     * Updates every value of every non-frozen group from the current gradients.
     *
     * @param learningRate the step size for this step, finite and {@code >= 0}
     */
    public void step(double learningRate) {
        if (!(learningRate >= 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be finite and >= 0, got "
                    + learningRate);
        }
        double[] w = params.values();
        double[] grad = params.gradients();
        double beta1 = config.beta1();
        double beta2 = config.beta2();
        double eps = config.epsilon();
        double wd = config.weightDecay();
        double oneMinusBeta1 = 1 - beta1;
        double oneMinusBeta2 = 1 - beta2;
        for (int gi = 0; gi < steps.length; gi++) {
            if (params.isFrozen(gi)) {
                continue;
            }
            long t = ++steps[gi];
            double biasCorrection1 = 1 - Math.pow(beta1, t);
            double biasCorrection2 = 1 - Math.pow(beta2, t);
            double sqrtBiasCorrection2 = Math.sqrt(biasCorrection2);
            double negativeStepSize = -(learningRate / biasCorrection1);
            ParameterGroup group = params.groups().get(gi);
            int from = group.offset();
            int to = group.end();
            for (int i = from; i < to; i++) {
                double g = grad[i] + wd * w[i];
                double mi = m[i] * beta1 + g * oneMinusBeta1;
                double vi = v[i] * beta2 + oneMinusBeta2 * g * g;
                m[i] = mi;
                v[i] = vi;
                double denom = Math.sqrt(vi) / sqrtBiasCorrection2 + eps;
                w[i] = w[i] + negativeStepSize * mi / denom;
            }
        }
    }

    /**
     * A copy of the optimizer's state, to resume the same optimisation elsewhere with
     * {@link #restore}.
     */
    public State state() {
        return new State(m.clone(), v.clone(), steps.clone());
    }

    /**
     * Overwrites the moments and step counts with copies of {@code state}'s (taken from an
     * optimizer over parameters of the same layout).
     *
     * @throws IllegalArgumentException if the lengths do not fit these parameters
     */
    public void restore(State state) {
        Objects.requireNonNull(state, "state");
        if (state.firstMoments().length != m.length || state.secondMoments().length != v.length
                || state.steps().length != steps.length) {
            throw new IllegalArgumentException("Adam state for " + state.firstMoments().length
                    + " values in " + state.steps().length + " groups does not fit " + m.length
                    + " values in " + steps.length + " groups");
        }
        System.arraycopy(state.firstMoments(), 0, m, 0, m.length);
        System.arraycopy(state.secondMoments(), 0, v, 0, v.length);
        System.arraycopy(state.steps(), 0, steps, 0, steps.length);
    }

    /**
     * Adam's state (arrays are used as given).
     *
     * @param firstMoments {@code m}, one per parameter value
     * @param secondMoments {@code v}, one per parameter value
     * @param steps the step count of each parameter group
     */
    public record State(double[] firstMoments, double[] secondMoments, long[] steps)
            implements Serializable {

        /** Requires all arrays and equal moment lengths. */
        public State {
            Objects.requireNonNull(firstMoments, "firstMoments");
            Objects.requireNonNull(secondMoments, "secondMoments");
            Objects.requireNonNull(steps, "steps");
            if (firstMoments.length != secondMoments.length) {
                throw new IllegalArgumentException("first and second moments differ in length: "
                        + firstMoments.length + " vs " + secondMoments.length);
            }
        }
    }
}
