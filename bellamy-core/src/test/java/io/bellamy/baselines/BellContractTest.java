package io.bellamy.baselines;

import io.bellamy.prediction.RuntimePredictor;

class BellContractTest extends RuntimePredictorContract {

    @Override
    RuntimePredictor predictor() {
        return new BellPredictor();
    }

    @Override
    String expectedName() {
        return BellPredictor.NAME;
    }
}
