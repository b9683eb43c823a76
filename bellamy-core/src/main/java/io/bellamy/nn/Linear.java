package io.bellamy.nn;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A fully connected layer {@code y = W x + b} (PyTorch {@code nn.Linear}), over feature-major
 * batches.
 *
 * <p>Storage in the {@link Parameters} slice starting at {@code offset}: the weight {@code W}
 * ({@code outputSize x inputSize}, row-major, PyTorch's layout), then the bias
 * ({@code outputSize} values) when present.
 *
 * <p>The weight gradient {@code dW = dY X^T} sums over the batch. For wide layers it is computed
 * by transposing the wider of {@code X} and {@code dY} into sample-major scratch rows and adding
 * whole rows (vectorised); for narrow ones by dot products. Both give the same values up to
 * rounding ({@link GradientStrategy}).
 */
public final class Linear implements Layer {

    /** How the weight gradient is accumulated; {@link #AUTO} picks by shape. */
    public enum GradientStrategy {
        /** Transpose-and-accumulate for layers at least 16 wide on one side, else dot products. */
        AUTO,
        /** One dot product over the batch per weight. */
        DOT,
        /** Transpose the input to sample-major rows, accumulate input rows per output. */
        INPUT_ROWS,
        /** Transpose the output gradient to sample-major rows, accumulate them per input. */
        OUTPUT_ROWS
    }

    /** SELU gain of PyTorch's {@code calculate_gain('selu')}: 3/4. */
    public static final double SELU_GAIN = 0.75;

    private final Parameters params;
    private final double[] values;
    private final double[] grads;
    private final int offset;
    private final int in;
    private final int out;
    private final boolean hasBias;
    private final int maxColumns;
    private final int groupIndex;
    private GradientStrategy strategy = GradientStrategy.AUTO;
    // lazily allocated scratch for the row-accumulating gradient strategies
    private double[][] sampleRows;
    private double[][] gradientRows;

    /**
     * A layer over the slice of {@code params} starting at {@code offset}, which must hold
     * {@link #parameterCount(int, int, boolean)} values inside one group.
     *
     * @param maxColumns the largest batch width accepted
     */
    public Linear(Parameters params, int offset, int inputSize, int outputSize, boolean bias,
            int maxColumns) {
        this.params = Objects.requireNonNull(params, "params");
        if (inputSize < 1 || outputSize < 1) {
            throw new IllegalArgumentException("linear layer sizes must be >= 1, got "
                    + inputSize + " -> " + outputSize);
        }
        if (maxColumns < 0) {
            throw new IllegalArgumentException("maxColumns must be >= 0, got " + maxColumns);
        }
        int count = parameterCount(inputSize, outputSize, bias);
        if (offset < 0 || offset + count > params.size()) {
            throw new IllegalArgumentException("linear layer slice [" + offset + ", "
                    + (offset + count) + ") outside parameters of size " + params.size());
        }
        this.groupIndex = params.groupIndexAt(offset);
        if (!params.groups().get(groupIndex).contains(offset + count - 1)) {
            throw new IllegalArgumentException("linear layer slice [" + offset + ", "
                    + (offset + count) + ") crosses the end of group "
                    + params.groups().get(groupIndex));
        }
        this.values = params.values();
        this.grads = params.gradients();
        this.offset = offset;
        this.in = inputSize;
        this.out = outputSize;
        this.hasBias = bias;
        this.maxColumns = maxColumns;
    }

    /** The number of parameter values of a layer of this shape. */
    public static int parameterCount(int inputSize, int outputSize, boolean bias) {
        return Math.addExact(Math.multiplyExact(inputSize, outputSize), bias ? outputSize : 0);
    }

    @Override
    public int inputSize() {
        return in;
    }

    @Override
    public int outputSize() {
        return out;
    }

    @Override
    public int maxColumns() {
        return maxColumns;
    }

    /** Whether the layer has a bias. */
    public boolean hasBias() {
        return hasBias;
    }

    /** The offset of this layer's slice in the parameter array. */
    public int offset() {
        return offset;
    }

    /** The index in the parameter array of weight {@code W[o][k]}. */
    public int weightIndex(int o, int k) {
        return offset + o * in + k;
    }

    /** The index in the parameter array of bias {@code b[o]}. */
    public int biasIndex(int o) {
        if (!hasBias) {
            throw new IllegalStateException("layer " + in + " -> " + out + " has no bias");
        }
        return offset + in * out + o;
    }

    /** Chooses how weight gradients are accumulated (for tests and tuning). */
    public void setGradientStrategy(GradientStrategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    /**
     * Kaiming-normal fan-in initialisation with the SELU gain (He et al. 2015; PyTorch
     * {@code kaiming_normal_(mode='fan_in', nonlinearity='selu')}): every weight, row-major, is
     * {@code rng.nextGaussian() * 0.75 / sqrt(inputSize)}; the bias is zero.
     *
     * @param rng the source of the weights, advanced by {@code inputSize * outputSize} draws
     */
    public void initialize(SplittableRandom rng) {
        double std = SELU_GAIN / Math.sqrt(in);
        for (int i = 0; i < in * out; i++) {
            values[offset + i] = rng.nextGaussian() * std;
        }
        if (hasBias) {
            for (int o = 0; o < out; o++) {
                values[offset + in * out + o] = 0.0;
            }
        }
    }

    @Override
    public void forward(double[][] x, double[][] y, int n) {
        checkWidth(n);
        for (int o = 0; o < out; o++) {
            double b = hasBias ? values[offset + in * out + o] : 0.0;
            RowKernels.combine(y[o], b, values, offset + o * in, 1, x, in, n);
        }
    }

    @Override
    public void backward(double[][] x, double[][] dy, double[][] dx, int n) {
        checkWidth(n);
        if (!params.isFrozen(groupIndex)) {
            addBiasGradient(dy, n);
            accumulateWeightGradient(x, dy, n);
        }
        if (dx != null) {
            backwardInput(dy, dx, n);
        }
    }

    /**
     * Only the input part of {@link #backward}: overwrites {@code dx[0..inputSize)[0..n)} with
     * {@code W^T dy}; parameter gradients are not touched.
     */
    public void backwardInput(double[][] dy, double[][] dx, int n) {
        checkWidth(n);
        for (int k = 0; k < in; k++) {
            RowKernels.combine(dx[k], 0.0, values, offset + k, in, dy, out, n);
        }
    }

    private void addBiasGradient(double[][] dy, int n) {
        if (hasBias) {
            int b = offset + in * out;
            for (int o = 0; o < out; o++) {
                grads[b + o] += RowKernels.sum(dy[o], n);
            }
        }
    }

    private void accumulateWeightGradient(double[][] x, double[][] dy, int n) {
        GradientStrategy s = strategy;
        if (s == GradientStrategy.AUTO) {
            if (n < 16 || Math.max(in, out) < 16) {
                s = GradientStrategy.DOT;
            } else {
                s = in >= out ? GradientStrategy.INPUT_ROWS : GradientStrategy.OUTPUT_ROWS;
            }
        }
        switch (s) {
            case DOT -> {
                int o = 0;
                // two outputs at a time share the loads of four inputs
                for (; o + 1 < out; o += 2) {
                    int w0 = offset + o * in;
                    int w1 = w0 + in;
                    int k = 0;
                    for (; k + 3 < in; k += 4) {
                        RowKernels.addDot2x4(dy[o], dy[o + 1], x[k], x[k + 1], x[k + 2],
                                x[k + 3], n, grads, w0 + k, w1 + k, 1);
                    }
                    for (; k < in; k++) {
                        grads[w0 + k] += RowKernels.dot(dy[o], x[k], n);
                        grads[w1 + k] += RowKernels.dot(dy[o + 1], x[k], n);
                    }
                }
                for (; o < out; o++) {
                    int w = offset + o * in;
                    double[] g = dy[o];
                    int k = 0;
                    for (; k + 3 < in; k += 4) {
                        RowKernels.addDot4(g, x[k], x[k + 1], x[k + 2], x[k + 3], n, grads, w + k,
                                1);
                    }
                    for (; k < in; k++) {
                        grads[w + k] += RowKernels.dot(g, x[k], n);
                    }
                }
            }
            case INPUT_ROWS -> {
                // dW[o][.] += sum_s dy[o][s] * x[.][s], with x transposed to sample rows
                ensureScratch(true);
                RowKernels.transpose(x, in, sampleRows, n);
                addInputRowGradient(dy, sampleRows, n);
            }
            case OUTPUT_ROWS -> {
                // dW^T[k][.] += sum_s x[k][s] * dy[.][s], with dy transposed to sample rows
                ensureScratch(true);
                RowKernels.transpose(dy, out, sampleRows, n);
                addOutputRowGradient(x, sampleRows, n);
            }
            default -> throw new IllegalStateException("unresolved strategy " + s);
        }
    }

    /**
     * The parameter part of {@link #backward} given the input already in sample-major rows
     * (e.g. gathered straight from the data), so no transpose is needed:
     * {@code dW[o][k] += sum_s dy[o][s] * xBySample[s][k]} and the bias gradient. Skipped when
     * the layer's group is frozen.
     *
     * @param xBySample {@code n} rows of at least {@code inputSize} values, not modified
     * @param dy gradient with respect to the output, feature-major, not modified
     */
    public void backwardWeightsFromSampleRows(double[][] xBySample, double[][] dy, int n) {
        checkWidth(n);
        if (params.isFrozen(groupIndex)) {
            return;
        }
        addBiasGradient(dy, n);
        ensureScratch(false);
        addInputRowGradient(dy, xBySample, n);
    }

    /**
     * The parameter part of {@link #backward} given the output gradient in sample-major rows:
     * {@code dW[o][k] += sum_s x[k][s] * dyBySample[s][o]} and the bias gradient. Skipped when the
     * layer's group is frozen.
     *
     * @param x the input of the forward pass, feature-major, not modified
     * @param dyBySample {@code n} rows of at least {@code outputSize} values, not modified
     */
    public void backwardWeightsFromOutputSampleRows(double[][] x, double[][] dyBySample, int n) {
        checkWidth(n);
        if (params.isFrozen(groupIndex)) {
            return;
        }
        ensureScratch(false);
        if (hasBias) {
            double[] acc = gradientRows[0];
            RowKernels.fill(acc, 0.0, out);
            for (int s = 0; s < n; s++) {
                RowKernels.add1(acc, 1.0, dyBySample[s], out);
            }
            int b = offset + in * out;
            for (int o = 0; o < out; o++) {
                grads[b + o] += acc[o];
            }
        }
        addOutputRowGradient(x, dyBySample, n);
    }

    /** {@code dW[o][k] += sum_s x[k][s] * dyBySample[s][o]}. */
    private void addOutputRowGradient(double[][] x, double[][] dyBySample, int n) {
        RowKernels.weightedRowSums(gradientRows, x, in, dyBySample, n, out);
        for (int k = 0; k < in; k++) {
            double[] acc = gradientRows[k];
            for (int o = 0; o < out; o++) {
                grads[offset + o * in + k] += acc[o];
            }
        }
    }

    /** {@code dW[o][k] += sum_s dy[o][s] * xBySample[s][k]}. */
    private void addInputRowGradient(double[][] dy, double[][] xBySample, int n) {
        RowKernels.weightedRowSums(gradientRows, dy, out, xBySample, n, in);
        for (int o = 0; o < out; o++) {
            double[] acc = gradientRows[o];
            int w = offset + o * in;
            for (int k = 0; k < in; k++) {
                grads[w + k] += acc[k];
            }
        }
    }

    /** Allocates the scratch rows on first use (never in steady state). */
    private void ensureScratch(boolean withSampleRows) {
        int width = Math.max(in, out);
        if (gradientRows == null) {
            gradientRows = new double[width][width];
        }
        if (withSampleRows && sampleRows == null) {
            sampleRows = new double[maxColumns][width];
        }
    }

    private void checkWidth(int n) {
        if (n < 0 || n > maxColumns) {
            throw new IllegalArgumentException("batch width must be in [0, " + maxColumns
                    + "], got " + n);
        }
    }
}
