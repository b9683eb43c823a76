package io.bellamy.model;

/**
 * A plain, unoptimised re-statement of SPEC §4 and §5 for one row at a time (no dropout), with
 * {@link Math#expm1} and {@link Math#tanh}: the oracle the optimised network is compared with. It
 * reads the weights from the network's flat parameter vector in the documented layer order
 * (scale-out, encoder, decoder, combination; weights row-major {@code [out][in]}, then bias).
 */
final class ReferenceNetwork {

    private static final double LAMBDA = 1.0507009873554804934193349852946;
    private static final double ALPHA = 1.6732632423543772848170429916717;

    private final int h;
    private final int cs;
    private final int e;
    private final double[] w;
    private final int so1;
    private final int so2;
    private final int enc1;
    private final int enc2;
    private final int dec1;
    private final int dec2;
    private final int comb1;
    private final int comb2;

    ReferenceNetwork(NetworkConfig config, double[] weights) {
        h = config.hiddenSize();
        cs = h / 2;
        e = config.encodingSize();
        w = weights;
        so1 = 0;
        so2 = so1 + 3 * 2 * h + 2 * h;
        enc1 = so2 + 2 * h * h + h;
        enc2 = enc1 + e * h;
        dec1 = enc2 + h * cs;
        dec2 = dec1 + cs * h;
        comb1 = dec2 + h * e;
        comb2 = comb1 + (h + 6 * cs) * h + h;
        if (comb2 + h + 1 != weights.length) {
            throw new IllegalStateException("layout mismatch: " + (comb2 + h + 1) + " vs "
                    + weights.length);
        }
    }

    static double selu(double x) {
        return x > 0 ? LAMBDA * x : LAMBDA * ALPHA * Math.expm1(x);
    }

    private double[] linear(int offset, double[] x, int out, boolean bias) {
        int in = x.length;
        double[] y = new double[out];
        for (int o = 0; o < out; o++) {
            double s = bias ? w[offset + in * out + o] : 0.0;
            for (int k = 0; k < in; k++) {
                s += w[offset + o * in + k] * x[k];
            }
            y[o] = s;
        }
        return y;
    }

    private static double[] selu(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = selu(x[i]);
        }
        return y;
    }

    double[] encode(double[] x) {
        return selu(linear(enc2, selu(linear(enc1, x, h, false)), cs, false));
    }

    double[] decode(double[] c) {
        double[] z = linear(dec2, selu(linear(dec1, c, h, false)), e, false);
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.tanh(z[i]);
        }
        return z;
    }

    private static double[] slice(double[] a, int from, int length) {
        double[] s = new double[length];
        System.arraycopy(a, from, s, 0, length);
        return s;
    }

    double predict(NetworkInput in, int row) {
        double[] s = slice(in.scaleOut(), row * 3, 3);
        double[] so = selu(linear(so2, selu(linear(so1, s, 2 * h, true)), h, true));
        double[] comb = new double[h + 6 * cs];
        System.arraycopy(so, 0, comb, 0, h);
        for (int p = 0; p < 5; p++) {
            double[] code = encode(slice(in.essential(), (row * 5 + p) * e, e));
            System.arraycopy(code, 0, comb, h + p * cs, cs);
        }
        int present = 0;
        for (int p = 0; p < 3; p++) {
            if (in.optionalMask()[row * 3 + p] == 1.0) {
                double[] code = encode(slice(in.optional(), (row * 3 + p) * e, e));
                for (int c = 0; c < cs; c++) {
                    comb[h + 5 * cs + c] += code[c];
                }
                present++;
            }
        }
        if (present > 0) {
            for (int c = 0; c < cs; c++) {
                comb[h + 5 * cs + c] /= present;
            }
        }
        double[] hidden = selu(linear(comb1, comb, h, true));
        return selu(linear(comb2, hidden, 1, true)[0]);
    }

    /** {prediction loss, essential MSE, optional MSE, MAE} of the rows against the targets. */
    double[] losses(NetworkInput in, int[] rows, double[] targets) {
        double smooth = 0;
        double mae = 0;
        double ess = 0;
        long essCount = 0;
        double opt = 0;
        long optCount = 0;
        for (int k = 0; k < rows.length; k++) {
            int r = rows[k];
            double d = predict(in, r) - targets[k];
            double z = Math.abs(d);
            smooth += z < 1 ? 0.5 * z * z : z - 0.5;
            mae += z;
            for (int p = 0; p < 5; p++) {
                double[] x = slice(in.essential(), (r * 5 + p) * e, e);
                double[] rec = decode(encode(x));
                for (int j = 0; j < e; j++) {
                    ess += (rec[j] - x[j]) * (rec[j] - x[j]);
                }
                essCount += e;
            }
            for (int p = 0; p < 3; p++) {
                if (in.optionalMask()[r * 3 + p] == 1.0) {
                    double[] x = slice(in.optional(), (r * 3 + p) * e, e);
                    double[] rec = decode(encode(x));
                    for (int j = 0; j < e; j++) {
                        opt += (rec[j] - x[j]) * (rec[j] - x[j]);
                    }
                    optCount += e;
                }
            }
        }
        return new double[] {smooth / rows.length, ess / essCount,
            optCount == 0 ? 0 : opt / optCount, mae / rows.length};
    }
}
