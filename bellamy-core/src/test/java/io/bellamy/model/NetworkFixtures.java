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

    static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
