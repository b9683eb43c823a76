package io.bellamy.baselines;

import io.bellamy.prediction.TrainingData;

/** The input check every baseline shares: enough distinct scale-outs of the target context. */
final class TrainingChecks {

    private TrainingChecks() {
    }

    /**
     * @throws IllegalArgumentException when {@code data} has fewer than {@code least} distinct
     *     target scale-outs
     */
    static void requireScaleOuts(TrainingData data, int least, String predictor) {
        int distinct = data.distinctTargetScaleOuts();
        if (distinct < least) {
            throw new IllegalArgumentException(predictor + " needs runs at >= " + least
                    + " distinct scale-outs of " + data.target() + ", got " + distinct);
        }
    }
}
