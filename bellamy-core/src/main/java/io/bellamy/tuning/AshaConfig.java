package io.bellamy.tuning;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link AshaScheduler}, with Ray Tune's {@code ASHAScheduler} meaning; the time
 * attribute is the epoch.
 *
 * @param maxT epochs after which every trial stops, {@code >= 1}
 * @param gracePeriod epochs before a trial can first be stopped, in {@code [1, maxT]}
 * @param reductionFactor eta: a rung keeps the best {@code 1/eta} of what it has recorded,
 *     finite and {@code > 1}
 */
public record AshaConfig(int maxT, int gracePeriod, double reductionFactor) {

    /** The pre-training search of SPEC §5: max 2500 epochs, grace period 1000, factor 2. */
    public static final AshaConfig SPEC = new AshaConfig(2500, 1000, 2.0);

    /** Validates like Ray's {@code AsyncHyperBandScheduler} constructor. */
    public AshaConfig {
        if (maxT < 1) {
            throw new IllegalArgumentException("ASHA maxT must be >= 1, got " + maxT);
        }
        if (gracePeriod < 1) {
            throw new IllegalArgumentException(
                    "ASHA grace period must be >= 1, got " + gracePeriod);
        }
        if (gracePeriod > maxT) {
            throw new IllegalArgumentException("ASHA grace period must be <= maxT " + maxT
                    + ", got " + gracePeriod);
        }
        if (!(reductionFactor > 1) || Double.isInfinite(reductionFactor)) {
            throw new IllegalArgumentException(
                    "ASHA reduction factor must be finite and > 1, got " + reductionFactor);
        }
    }

    /**
     * The rung milestones in ascending order, as Ray's {@code _Bracket} (bracket {@code s = 0})
     * creates them: {@code k = 0 .. int(log(maxT / grace) / log(eta))}, milestone
     * {@code grace * eta^k}, rounded up to a whole epoch (a report at epoch {@code e} reaches a
     * milestone {@code m} when {@code e >= m}). With maxT 2500, grace 1000 and eta 2 these are
     * 1000 and 2000; a milestone equal to maxT occurs when maxT / grace is a power of eta, as in
     * Ray.
     */
    public List<Integer> milestones() {
        int count = (int) (Math.log((double) maxT / gracePeriod) / Math.log(reductionFactor) + 1);
        List<Integer> milestones = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            milestones.add((int) Math.ceil(gracePeriod * Math.pow(reductionFactor, k)));
        }
        return List.copyOf(milestones);
    }
}
