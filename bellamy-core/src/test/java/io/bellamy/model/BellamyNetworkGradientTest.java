package io.bellamy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.nn.GradientCheck;
import io.bellamy.nn.ParameterGroup;
import io.bellamy.nn.Parameters;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The whole network's gradient against finite differences of its loss (see {@link GradientCheck}
 * for the criterion: relative error at most 1e-6). Every evaluation of the loss uses a generator
 * with the same seed, so target noise and dropout masks are fixed across evaluations.
 */
class BellamyNetworkGradientTest {

    private static final int ROWS = 6;
    private static final long STEP_SEED = 99;

    private static double check(BellamyNetwork net, NetworkInput input, int[] rows,
            Objective objective) {
        StepResult result = new StepResult();
        net.computeGradients(input, rows, 0, rows.length, objective,
                new SplittableRandom(STEP_SEED), result);
        Parameters p = net.parameters();
        double[] analytic = p.gradients().clone();
        double worst = GradientCheck.check("network", p.values(),
                GradientCheck.range(0, p.size()), analytic, () -> {
                    StepResult r = new StepResult();
                    net.computeGradients(input, rows, 0, rows.length, objective,
                            new SplittableRandom(STEP_SEED), r);
                    return r.loss();
                });
        assertTrue(result.loss() > 0 && Double.isFinite(result.loss()), result.toString());
        assertTrue(worst <= GradientCheck.RELATIVE, "worst relative error " + worst);
        return worst;
    }

    @Test
    void compositeLossWithDropoutOff() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.2), 1);
        net.setDropoutEnabled(false);
        NetworkInput input = NetworkFixtures.input(ROWS, 40, 0.6, 3);
        check(net, input, new int[] {4, 1, 0, 5, 2}, Objective.PRETRAINING);
    }

    @Test
    void compositeLossWithFixedDropoutMasks() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.2), 2);
        NetworkInput input = NetworkFixtures.input(ROWS, 40, 0.7, 4);
        check(net, input, NetworkFixtures.identity(ROWS), Objective.PRETRAINING);
    }

    @Test
    void compositeLossWithDropoutOnRepeatedPropertyVectors() {
        // repeated vectors share the encoder's first layer (computed once per distinct vector)
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.2), 7);
        NetworkInput input = NetworkFixtures.withRepeatedVectors(
                NetworkFixtures.input(ROWS, 40, 0.7, 8));
        check(net, input, new int[] {3, 0, 2, 5, 1, 2}, Objective.PRETRAINING);
    }

    @Test
    void smallShapeAndNoOptionalPropertiesAtAll() {
        NetworkConfig config = new NetworkConfig(4, 7, 0.1, 8);
        BellamyNetwork net = new BellamyNetwork(config, 5);
        NetworkInput input = NetworkFixtures.input(ROWS, 7, 0.0, 6);
        check(net, input, NetworkFixtures.identity(ROWS), Objective.PRETRAINING);
    }

    @Test
    void fineTuningLossWithFrozenPropertyNetsLeavesTheirGradientsZero() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 7);
        net.setDropoutEnabled(false);
        net.setFrozen(NetworkPart.ENCODER, true);
        net.setFrozen(NetworkPart.DECODER, true);
        NetworkInput input = NetworkFixtures.input(ROWS, 40, 0.5, 8);
        int[] rows = NetworkFixtures.identity(ROWS);
        StepResult result = new StepResult();
        net.computeGradients(input, rows, 0, ROWS, Objective.FINE_TUNING,
                new SplittableRandom(STEP_SEED), result);
        assertEquals(0.0, result.essentialReconstructionLoss(), 0.0);
        assertEquals(result.predictionLoss(), result.loss(), 0.0);
        Parameters p = net.parameters();
        for (NetworkPart part : new NetworkPart[] {NetworkPart.ENCODER, NetworkPart.DECODER}) {
            ParameterGroup g = p.group(part.groupName());
            for (int i = g.offset(); i < g.end(); i++) {
                assertEquals(0.0, p.gradients()[i], 0.0, part + " gradient " + i);
            }
        }
        // trainable parts: gradient check over the scale-out and combination nets
        double[] analytic = p.gradients().clone();
        for (NetworkPart part : new NetworkPart[] {NetworkPart.SCALE_OUT,
            NetworkPart.COMBINATION}) {
            ParameterGroup g = p.group(part.groupName());
            double[] slice = new double[g.length()];
            System.arraycopy(analytic, g.offset(), slice, 0, g.length());
            GradientCheck.check(part.toString(), p.values(), GradientCheck.range(g.offset(),
                    g.end()), slice, () -> {
                        StepResult r = new StepResult();
                        net.computeGradients(input, rows, 0, ROWS, Objective.FINE_TUNING,
                                new SplittableRandom(STEP_SEED), r);
                        return r.loss();
                    });
        }
    }

    @Test
    void fineTuningLossWithEverythingTrainableLeavesOnlyTheDecoderAtZero() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 15);
        NetworkInput input = NetworkFixtures.input(ROWS, 40, 0.5, 16);
        check(net, input, NetworkFixtures.identity(ROWS), Objective.FINE_TUNING);
        ParameterGroup decoder = net.parameters().group("decoder");
        for (int i = decoder.offset(); i < decoder.end(); i++) {
            assertEquals(0.0, net.parameters().gradients()[i], 0.0);
        }
        ParameterGroup encoder = net.parameters().group("encoder");
        double norm = 0;
        for (int i = encoder.offset(); i < encoder.end(); i++) {
            norm += Math.abs(net.parameters().gradients()[i]);
        }
        assertTrue(norm > 0, "the encoder learns from the runtime loss");
    }

    @Test
    void targetsNearThePredictionExerciseTheQuadraticBranch() {
        BellamyNetwork net = new BellamyNetwork(NetworkConfig.withDropout(0.1), 11);
        net.setDropoutEnabled(false);
        NetworkInput base = NetworkFixtures.input(ROWS, 40, 1.0, 12);
        double[] pred = net.predict(base);
        double[] target = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            target[r] = pred[r] + (r % 2 == 0 ? 0.4 : -0.3);
        }
        NetworkInput input = new NetworkInput(base.scaleOut(), base.essential(), base.optional(),
                base.optionalMask(), target);
        check(net, input, NetworkFixtures.identity(ROWS), Objective.PRETRAINING.withTargetNoise(0));
    }
}
