package io.bellamy.allocation;

/**
 * The scale-out a policy recommends.
 *
 * @param policy the policy's name
 * @param scaleOut the recommended scale-out
 * @param predictedRuntime its predicted runtime in seconds
 * @param predictedCost its predicted cost (see {@link RuntimeCurve#cost})
 * @param satisfied false when no scale-out meets the policy's requirement (the recommendation
 *     is then the closest one)
 * @param reason one sentence a user can read
 */
public record Recommendation(String policy, int scaleOut, double predictedRuntime,
        double predictedCost, boolean satisfied, String reason) { }
