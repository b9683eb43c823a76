package io.bellamy.training;

import io.bellamy.features.EncodedBatch;
import io.bellamy.model.NetworkInput;

/** Turns encoded feature batches into network inputs (the arrays are shared, not copied). */
final class Inputs {
    private Inputs() {
    }

    static NetworkInput of(EncodedBatch batch) {
        double[] target = batch.target();
        boolean hasTargets = batch.size() > 0 && !Double.isNaN(target[0]);
        return new NetworkInput(batch.scaleOut(), batch.essential(), batch.optional(),
                batch.optionalMask(), hasTargets ? target : null);
    }
}
