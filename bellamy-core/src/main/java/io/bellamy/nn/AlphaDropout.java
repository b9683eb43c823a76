package io.bellamy.nn;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Alpha dropout (Klambauer et al., "Self-Normalizing Neural Networks", NeurIPS 2017; PyTorch
 * {@code nn.AlphaDropout}): in training, each value is kept with probability {@code 1 - p} or
 * replaced by {@code alpha' = -lambda * alpha}, then the affine correction {@code a * v + b}
 * restores zero mean and unit variance for standard-normal inputs, with
 * {@code a = ((1 - p) * (1 + p * alpha'^2))^(-1/2)} and {@code b = -a * alpha' * p}.
 * Written as PyTorch computes it: {@code out = x * (m * a) + ((m - 1) * lambda*alpha * a +
 * lambda*alpha * a * p)} for the keep mask {@code m} in {0, 1}.
 *
 * <p>When not {@linkplain #setTraining training}, or when {@code p == 0}, the layer is the
 * identity. In training, {@link #forward} uses the current mask, which {@link #drawMask} draws
 * from a caller-supplied generator or {@link #setKeep} sets by hand (for gradient checks).
 */
public final class AlphaDropout extends ElementwiseLayer {

    /** {@code lambda * alpha} as PyTorch writes it; the dropped value is its negative. */
    public static final double LAMBDA_ALPHA = 1.7580993408473766;
    private static final double TWO_POW_32 = 0x1p32;
    private static final long LOW_32 = 0xFFFF_FFFFL;

    private final double p;
    private final double a;
    private final double alphaA;
    private final double alphaAP;
    private final long keepThreshold;
    private final double[][] mask;
    private boolean training;

    /**
     * A dropout over {@code size} features, batches up to {@code maxColumns} wide, dropping with
     * probability {@code p} in {@code [0, 1)}. Starts in evaluation mode with an all-keep mask.
     */
    public AlphaDropout(int size, int maxColumns, double p) {
        super("alpha dropout", size, maxColumns);
        if (!(p >= 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + p);
        }
        this.p = p;
        this.a = 1.0 / Math.sqrt((LAMBDA_ALPHA * LAMBDA_ALPHA * p + 1) * (1 - p));
        this.alphaA = LAMBDA_ALPHA * a;
        this.alphaAP = LAMBDA_ALPHA * a * p;
        this.keepThreshold = Math.round((1.0 - p) * TWO_POW_32);
        this.mask = new double[size][maxColumns];
        for (double[] row : mask) {
            java.util.Arrays.fill(row, 1.0);
        }
    }

    /** The drop probability {@code p}. */
    public double probability() {
        return p;
    }

    /** The scale {@code a} of the affine correction. */
    public double scale() {
        return a;
    }

    /** Switches between training (masks applied) and evaluation (identity). */
    public void setTraining(boolean training) {
        this.training = training;
    }

    /** Whether the layer is in training mode. */
    public boolean isTraining() {
        return training;
    }

    /** Whether forward currently changes its input: training and {@code p > 0}. */
    public boolean isActive() {
        return training && p > 0.0;
    }

    /**
     * Draws the keep mask of the first {@code n} columns from {@code rng}: decisions in row-major
     * order (feature, then column), two per {@code nextLong()} (low 32 bits first), each keeping
     * when its 32 bits, read as an unsigned number, are below {@code round((1 - p) * 2^32)}. The
     * keep probability is thus {@code 1 - p} within {@code 2^-33}. Does nothing when {@code p == 0}.
     */
    public void drawMask(SplittableRandom rng, int n) {
        Objects.requireNonNull(rng, "rng");
        checkWidth(n);
        if (p == 0.0) {
            return;
        }
        long threshold = keepThreshold;
        if ((n & 1) == 0) {
            // every row starts on a fresh draw: two decisions per nextLong, no bookkeeping
            for (int r = 0; r < size; r++) {
                double[] m = mask[r];
                for (int i = 0; i < n; i += 2) {
                    long drawn = rng.nextLong();
                    m[i] = (double) (((drawn & LOW_32) - threshold) >>> 63);
                    m[i + 1] = (double) (((drawn >>> 32) - threshold) >>> 63);
                }
            }
            return;
        }
        long bits = 0;
        boolean haveHigh = false;
        for (int r = 0; r < size; r++) {
            double[] m = mask[r];
            for (int i = 0; i < n; i++) {
                long u;
                if (haveHigh) {
                    u = bits >>> 32;
                    haveHigh = false;
                } else {
                    bits = rng.nextLong();
                    u = bits & LOW_32;
                    haveHigh = true;
                }
                // (u - threshold) is negative exactly when the value is kept
                m[i] = (double) ((u - threshold) >>> 63);
            }
        }
    }

    /** Sets the keep decision of feature {@code row}, column {@code column} by hand. */
    public void setKeep(int row, int column, boolean keep) {
        Objects.checkIndex(row, size);
        Objects.checkIndex(column, maxColumns);
        mask[row][column] = keep ? 1.0 : 0.0;
    }

    /** The current keep decision of feature {@code row}, column {@code column}. */
    public boolean isKept(int row, int column) {
        return mask[row][column] != 0.0;
    }

    @Override
    public void forward(double[][] in, double[][] out, int n) {
        checkWidth(n);
        if (!isActive()) {
            copy(in, out, n);
            return;
        }
        double sa = a;
        double aa = alphaA;
        double aap = alphaAP;
        for (int r = 0; r < size; r++) {
            double[] x = in[r];
            double[] y = out[r];
            double[] m = mask[r];
            for (int i = 0; i < n; i++) {
                double mi = m[i];
                y[i] = x[i] * (mi * sa) + ((mi - 1.0) * aa + aap);
            }
        }
    }

    @Override
    public void backward(double[][] in, double[][] dOut, double[][] dIn, int n) {
        checkWidth(n);
        if (dIn == null) {
            return;
        }
        if (!isActive()) {
            copy(dOut, dIn, n);
            return;
        }
        double sa = a;
        for (int r = 0; r < size; r++) {
            double[] g = dOut[r];
            double[] gi = dIn[r];
            double[] m = mask[r];
            for (int i = 0; i < n; i++) {
                gi[i] = g[i] * (m[i] * sa);
            }
        }
    }

    private void copy(double[][] from, double[][] to, int n) {
        if (from == to) {
            return;
        }
        for (int r = 0; r < size; r++) {
            System.arraycopy(from[r], 0, to[r], 0, n);
        }
    }
}
