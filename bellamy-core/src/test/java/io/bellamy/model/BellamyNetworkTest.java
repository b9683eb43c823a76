package io.bellamy.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.nn.Adam;
import io.bellamy.nn.AdamConfig;
import io.bellamy.nn.ParameterGroup;
import io.bellamy.nn.Parameters;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BellamyNetworkTest {

    /** Agreement with the plain reference implementation (different summation order, Math.tanh). */
    private static final double REFERENCE = 1e-12;

    private static double relative(double expected, double actual) {
        return Math.abs(expected - actual) / Math.max(1e-300, Math.abs(expected));
    }

    @Test
    void layoutHasTheFourPartsOfSpecSection4() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 1);
        Parameters p = net.parameters();
        List<ParameterGroup> groups = p.groups();
        assertEquals(List.of(
                new ParameterGroup("scaleout", 0, 3 * 16 + 16 + 16 * 8 + 8),
                new ParameterGroup("encoder", 200, 40 * 8 + 8 * 4),
                new ParameterGroup("decoder", 552, 4 * 8 + 8 * 40),
                new ParameterGroup("combination", 904, 32 * 8 + 8 + 8 + 1)), groups);
        assertEquals(1177, p.size());
        assertEquals(32, net.config().combinationInputSize());
    }

    @Test
    void predictionsAndLossesMatchThePlainReference() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.2), 21);
        NetworkInput input = NetworkFixtures.input(40, 40, 0.6, 22);
        ReferenceNetwork ref = new ReferenceNetwork(net.config(), net.weights());
        double[] pred = net.predict(input);
        for (int r = 0; r < 40; r++) {
            double expected = ref.predict(input, r);
            assertTrue(relative(expected, pred[r]) <= REFERENCE,
                    "row " + r + ": " + expected + " vs " + pred[r]);
        }
        int[] rows = {7, 1, 33, 12, 0, 39, 5};
        StepResult result = new StepResult();
        net.evaluate(input, rows, 0, rows.length, Objective.PRETRAINING, result);
        double[] targets = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            targets[k] = input.target()[rows[k]];
        }
        double[] expected = ref.losses(input, rows, targets);
        assertTrue(relative(expected[0], result.predictionLoss()) <= REFERENCE);
        assertTrue(relative(expected[1], result.essentialReconstructionLoss()) <= REFERENCE);
        assertTrue(relative(expected[2], result.optionalReconstructionLoss()) <= REFERENCE);
        assertTrue(relative(expected[3], result.mae()) <= REFERENCE);
        assertEquals(result.predictionLoss() + result.essentialReconstructionLoss()
                + result.optionalReconstructionLoss(), result.loss(), 0.0);
        assertTrue(expected[2] > 0, "some optional properties are present");
    }

    @Test
    void trainingLossWithDropoutOffEqualsTheReferenceWithNoisyTargets() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.2), 23);
        net.setDropoutEnabled(false);
        NetworkInput input = NetworkFixtures.input(10, 40, 0.5, 24);
        int[] rows = NetworkFixtures.identity(10);
        ReferenceNetwork ref = new ReferenceNetwork(net.config(), net.weights());
        StepResult result = new StepResult();
        net.computeGradients(input, rows, 0, 10, Objective.PRETRAINING, new SplittableRandom(5),
                result);
        SplittableRandom noise = new SplittableRandom(5);
        double[] targets = new double[10];
        for (int r = 0; r < 10; r++) {
            targets[r] = Math.abs(input.target()[r] + 0.25 * noise.nextGaussian());
        }
        double[] expected = ref.losses(input, rows, targets);
        assertTrue(relative(expected[0], result.predictionLoss()) <= REFERENCE);
        assertTrue(relative(expected[1], result.essentialReconstructionLoss()) <= REFERENCE);
        assertTrue(relative(expected[3], result.mae()) <= REFERENCE);
    }

    @Test
    void repeatedPropertyVectorsMatchTheReference() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.2), 25);
        net.setDropoutEnabled(false);
        NetworkInput input = NetworkFixtures.withRepeatedVectors(
                NetworkFixtures.input(12, 40, 0.6, 26));
        int[] rows = {3, 2, 0, 11, 3, 7, 5, 1};
        ReferenceNetwork ref = new ReferenceNetwork(net.config(), net.weights());
        double[] pred = net.predict(input);
        for (int r = 0; r < 12; r++) {
            assertTrue(relative(ref.predict(input, r), pred[r]) <= REFERENCE, "row " + r);
        }
        StepResult result = new StepResult();
        net.computeGradients(input, rows, 0, rows.length, Objective.PRETRAINING,
                new SplittableRandom(6), result);
        SplittableRandom noise = new SplittableRandom(6);
        double[] targets = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            targets[k] = Math.abs(input.target()[rows[k]] + 0.25 * noise.nextGaussian());
        }
        double[] expected = ref.losses(input, rows, targets);
        assertTrue(relative(expected[0], result.predictionLoss()) <= REFERENCE);
        assertTrue(relative(expected[1], result.essentialReconstructionLoss()) <= REFERENCE);
        assertTrue(relative(expected[2], result.optionalReconstructionLoss()) <= REFERENCE);
        assertTrue(relative(expected[3], result.mae()) <= REFERENCE);
    }

    @Test
    void sameSeedGivesBitIdenticalWeightsPredictionsAndTraining() {
        NetworkInput input = NetworkFixtures.input(30, 40, 0.8, 31);
        BellamyNetwork a = new BellamyNetwork(NetworkConfig.withDropout(0.1), 42);
        BellamyNetwork b = new BellamyNetwork(NetworkConfig.withDropout(0.1), 42);
        assertArrayEquals(a.weights(), b.weights(), 0.0);
        assertArrayEquals(a.predict(input), b.predict(input), 0.0);
        for (BellamyNetwork net : new BellamyNetwork[] {a, b}) {
            Adam adam = new Adam(net.parameters(), AdamConfig.withWeightDecay(1e-3));
            SplittableRandom rng = new SplittableRandom(8);
            StepResult result = new StepResult();
            for (int step = 0; step < 20; step++) {
                net.trainStep(input, null, 0, 30, Objective.PRETRAINING, adam, 0.01, rng, result);
            }
        }
        assertArrayEquals(a.weights(), b.weights(), 0.0);
        assertArrayEquals(a.predict(input), b.predict(input), 0.0);
        BellamyNetwork c = new BellamyNetwork(NetworkConfig.withDropout(0.1), 43);
        assertFalse(Arrays.equals(new BellamyNetwork(NetworkConfig.withDropout(0.1), 42).weights(),
                c.weights()));
    }

    @Test
    void outputsKeptForFrozenPartsAreThoseAFreshNetworkComputes() {
        NetworkInput input = NetworkFixtures.withRepeatedVectors(
                NetworkFixtures.input(12, 40, 0.6, 51));
        BellamyNetwork kept = new BellamyNetwork(NetworkConfig.withDropout(0.1), 52);
        kept.setDropoutEnabled(false);
        kept.setFrozen(NetworkPart.SCALE_OUT, true);
        kept.setFrozen(NetworkPart.ENCODER, true);
        kept.setFrozen(NetworkPart.DECODER, true);
        Adam adam = new Adam(kept.parameters(), AdamConfig.withWeightDecay(1e-3));
        SplittableRandom rng = new SplittableRandom(9);
        StepResult result = new StepResult();
        int[] rows = {4, 0, 11, 7, 2, 9};
        for (int step = 0; step < 5; step++) {
            kept.trainStep(input, rows, step % 2, 6, Objective.FINE_TUNING, adam, 0.01, rng,
                    result);
        }
        // a copy starts without kept outputs: both must compute the same gradients
        assertGradientsEqual(kept, kept.copy(), input, rows);

        // changing a frozen weight behind the network's back is noticed
        kept.parameters().values()[kept.parameters().group("encoder").offset() + 5] += 0.25;
        kept.parameters().values()[kept.parameters().group("scaleout").offset() + 7] -= 0.5;
        assertGradientsEqual(kept, kept.copy(), input, rows);

        // and so is another input of the same shape
        NetworkInput other = NetworkFixtures.input(12, 40, 0.6, 53);
        assertGradientsEqual(kept, kept.copy(), other, rows);
        assertArrayEquals(kept.copy().predict(other), kept.predict(other), 0.0);
    }

    private static void assertGradientsEqual(BellamyNetwork a, BellamyNetwork b,
            NetworkInput input, int[] rows) {
        StepResult ra = new StepResult();
        StepResult rb = new StepResult();
        a.computeGradients(input, rows, 0, rows.length, Objective.FINE_TUNING,
                new SplittableRandom(3), ra);
        b.computeGradients(input, rows, 0, rows.length, Objective.FINE_TUNING,
                new SplittableRandom(3), rb);
        assertEquals(ra.loss(), rb.loss(), 0.0);
        assertArrayEquals(b.parameters().gradients(), a.parameters().gradients(), 0.0);
    }

    @Test
    void frozenPartsDoNotChange() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 3);
        NetworkInput input = NetworkFixtures.input(20, 40, 1.0, 4);
        net.setFrozen(NetworkPart.SCALE_OUT, true);
        net.setFrozen(NetworkPart.ENCODER, true);
        net.setFrozen(NetworkPart.DECODER, true);
        double[] before = net.weights();
        Adam adam = new Adam(net.parameters(), AdamConfig.withWeightDecay(0.01));
        SplittableRandom rng = new SplittableRandom(1);
        StepResult result = new StepResult();
        for (int step = 0; step < 5; step++) {
            net.trainStep(input, null, 0, 20, Objective.PRETRAINING, adam, 0.01, rng, result);
        }
        double[] after = net.weights();
        Parameters p = net.parameters();
        for (NetworkPart part : NetworkPart.values()) {
            ParameterGroup g = p.group(part.groupName());
            boolean changed = false;
            for (int i = g.offset(); i < g.end(); i++) {
                changed |= before[i] != after[i];
            }
            assertEquals(part == NetworkPart.COMBINATION, changed, part + " changed");
        }
        assertEquals(5, adam.stepCount("combination"));
        assertEquals(0, adam.stepCount("encoder"));
    }

    @Test
    void fineTuningLeavesTheUnusedDecoderAloneEvenWhenNotFrozen() {
        // PyTorch's Adam skips parameters without gradients: no decay, no state
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 13);
        NetworkInput input = NetworkFixtures.input(12, 40, 1.0, 14);
        double[] before = net.weights();
        Adam adam = new Adam(net.parameters(), AdamConfig.withWeightDecay(0.01));
        net.trainStep(input, null, 0, 12, Objective.FINE_TUNING, adam, 0.01,
                new SplittableRandom(2), new StepResult());
        ParameterGroup decoder = net.parameters().group("decoder");
        double[] after = net.weights();
        for (int i = decoder.offset(); i < decoder.end(); i++) {
            assertEquals(before[i], after[i], 0.0);
        }
        assertEquals(0, adam.stepCount("decoder"));
        assertEquals(1, adam.stepCount("encoder"));
        assertFalse(net.isFrozen(NetworkPart.DECODER));
    }

    @Test
    void absentOptionalPropertiesDoNotInfluenceAnything() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 9);
        NetworkInput input = NetworkFixtures.input(16, 40, 0.5, 10);
        double[] altered = input.optional().clone();
        for (int i = 0; i < input.optionalMask().length; i++) {
            if (input.optionalMask()[i] == 0.0) {
                for (int j = 0; j < 40; j++) {
                    altered[i * 40 + j] = 0.9;
                }
            }
        }
        NetworkInput other = new NetworkInput(input.scaleOut(), input.essential(), altered,
                input.optionalMask(), input.target());
        assertArrayEquals(net.predict(input), net.predict(other), 0.0);
        StepResult r1 = new StepResult();
        StepResult r2 = new StepResult();
        net.evaluate(input, null, 0, 16, Objective.PRETRAINING, r1);
        net.evaluate(other, null, 0, 16, Objective.PRETRAINING, r2);
        assertEquals(r1.loss(), r2.loss(), 0.0);
    }

    @Test
    void rowSubsetsAndLongRangesPredictLikeSingleRows() {
        NetworkConfig config = new NetworkConfig(8, 40, 0.1, 16);
        BellamyNetwork net = new BellamyNetwork(config, 17);
        NetworkInput input = NetworkFixtures.input(50, 40, 0.7, 18);
        double[] all = net.predict(input);
        int[] perm = NetworkFixtures.identity(50);
        Collections.shuffle(perm, new SplittableRandom(3));
        double[] out = new double[52];
        net.predict(input, perm, 0, 50, out, 2);
        for (int k = 0; k < 50; k++) {
            double[] single = new double[1];
            net.predict(input, perm, k, k + 1, single, 0);
            assertEquals(all[perm[k]], out[k + 2], 1e-12 * Math.abs(all[perm[k]]));
            assertEquals(all[perm[k]], single[0], 1e-12 * Math.abs(all[perm[k]]));
        }
    }

    @Test
    void copiesAreIndependentAndWeightsRoundTrip() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 19);
        net.setFrozen(NetworkPart.ENCODER, true);
        net.setDropoutEnabled(false);
        BellamyNetwork copy = net.copy();
        assertArrayEquals(net.weights(), copy.weights(), 0.0);
        assertTrue(copy.isFrozen(NetworkPart.ENCODER));
        assertFalse(copy.isDropoutEnabled());
        double[] snapshot = net.weights();
        NetworkInput input = NetworkFixtures.input(8, 40, 1.0, 20);
        Adam adam = new Adam(copy.parameters(), AdamConfig.DEFAULT);
        copy.trainStep(input, null, 0, 8, Objective.PRETRAINING, adam, 0.1,
                new SplittableRandom(1), new StepResult());
        assertArrayEquals(snapshot, net.weights(), 0.0);
        assertFalse(Arrays.equals(snapshot, copy.weights()));
        copy.setWeights(snapshot);
        assertArrayEquals(net.predict(input), copy.predict(input), 0.0);
    }

    @Test
    void trainingReducesTheLossOnASmallProblem() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.05), 29);
        NetworkInput input = NetworkFixtures.input(64, 40, 0.8, 30);
        Adam adam = new Adam(net.parameters(), AdamConfig.withWeightDecay(1e-4));
        StepResult first = new StepResult();
        net.evaluate(input, null, 0, 64, Objective.PRETRAINING, first);
        SplittableRandom rng = new SplittableRandom(31);
        StepResult result = new StepResult();
        for (int step = 0; step < 400; step++) {
            net.trainStep(input, null, 0, 64, Objective.PRETRAINING, adam, 0.01, rng, result);
        }
        StepResult last = new StepResult();
        net.evaluate(input, null, 0, 64, Objective.PRETRAINING, last);
        assertTrue(last.loss() < 0.5 * first.loss(), first + " -> " + last);
        assertTrue(last.mae() < first.mae(), first + " -> " + last);
    }

    @Test
    void rejectsBadCallsWithClearMessages() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 1);
        NetworkInput input = NetworkFixtures.input(70, 40, 1.0, 2);
        StepResult r = new StepResult();
        Adam adam = new Adam(net.parameters(), AdamConfig.DEFAULT);
        SplittableRandom rng = new SplittableRandom(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.trainStep(input, null, 0, 65, Objective.PRETRAINING, adam, 0.1, rng, r));
        assertEquals("a batch must have 1 to 64 rows, got 65", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> net.trainStep(input, null, 3, 3, Objective.PRETRAINING, adam, 0.1, rng, r));
        e = assertThrows(IllegalArgumentException.class,
                () -> net.evaluate(input, new int[] {0, 70}, 0, 2, Objective.PRETRAINING, r));
        assertEquals("rows[1] = 70 outside [0, 70)", e.getMessage());
        NetworkInput noTarget = new NetworkInput(input.scaleOut(), input.essential(),
                input.optional(), input.optionalMask(), null);
        assertThrows(IllegalArgumentException.class,
                () -> net.evaluate(noTarget, null, 0, 1, Objective.PRETRAINING, r));
        assertEquals(70, net.predict(noTarget).length);
        NetworkInput small = NetworkFixtures.input(3, 7, 1.0, 2);
        e = assertThrows(IllegalArgumentException.class, () -> net.predict(small));
        assertEquals("input property vectors have length 7, the network expects 40",
                e.getMessage());
        Adam foreign = new Adam(new BellamyNetwork(NetworkConfig.withDropout(0.1), 1)
                .parameters(), AdamConfig.DEFAULT);
        assertThrows(IllegalArgumentException.class,
                () -> net.trainStep(input, null, 0, 4, Objective.PRETRAINING, foreign, 0.1, rng, r));
        assertDoesNotThrow(() -> net.predict(input, null, 0, 0, new double[0], 0));
    }

    /** Fisher-Yates on an int array (test helper). */
    private static final class Collections {
        static void shuffle(int[] a, SplittableRandom rng) {
            for (int i = a.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }
}
