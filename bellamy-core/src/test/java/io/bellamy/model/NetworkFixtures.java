package io.bellamy.model;

import java.util.SplittableRandom;

/** Small random inputs for the network tests. */
final class NetworkFixtures {

    private NetworkFixtures() {
    }

    /**
     * {@code n} random rows of encoding size {@code e}; optional properties present with
     * probability {@code presence} (row 1 has none present when {@code n > 1}); runtimes in
     * [1, 3] seconds so that the smooth L1 loss sees both of its branches.
     */
    static NetworkInput input(int n, int e, double presence, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] scaleOut = new double[n * 3];
        for (int i = 0; i < scaleOut.length; i++) {
            scaleOut[i] = rng.nextDouble();
        }
        double[] essential = new double[n * 5 * e];
        for (int i = 0; i < essential.length; i++) {
            essential[i] = rng.nextDouble() * 2 - 1;
        }
        double[] optional = new double[n * 3 * e];
        for (int i = 0; i < optional.length; i++) {
            optional[i] = rng.nextDouble() * 2 - 1;
        }
        double[] mask = new double[n * 3];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = rng.nextDouble() < presence ? 1.0 : 0.0;
        }
        if (n > 1) {
            mask[3] = 0;
            mask[4] = 0;
            mask[5] = 0;
        }
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = 1 + 2 * rng.nextDouble();
        }
        return new NetworkInput(scaleOut, essential, optional, mask, target);
    }

    /**
     * {@code input} with property vectors repeated as on real data: essential properties 0 and
     * 1 of every row equal those of row 0, essential property 3 of every row equals optional
     * property 0 of row 0, and row 3 (when present) is a copy of row 2 in all its properties.
     * Shares nothing with {@code input}.
     */
    static NetworkInput withRepeatedVectors(NetworkInput input) {
        int n = input.rows();
        int e = input.encodingSize();
        double[] ess = input.essential().clone();
        double[] opt = input.optional().clone();
        double[] mask = input.optionalMask().clone();
        for (int r = 1; r < n; r++) {
            System.arraycopy(ess, 0, ess, (r * 5) * e, 2 * e);
            System.arraycopy(opt, 0, ess, (r * 5 + 3) * e, e);
        }
        System.arraycopy(opt, 0, ess, 3 * e, e);
        if (n > 3) {
            System.arraycopy(ess, 2 * 5 * e, ess, 3 * 5 * e, 5 * e);
            System.arraycopy(opt, 2 * 3 * e, opt, 3 * 3 * e, 3 * e);
            System.arraycopy(mask, 2 * 3, mask, 3 * 3, 3);
        }
        return new NetworkInput(input.scaleOut().clone(), ess, opt, mask,
                input.target() == null ? null : input.target().clone());
    }

    static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
