package io.bellamy.baselines;

import io.bellamy.prediction.RuntimePredictor;

class GradientBoostingContractTest extends RuntimePredictorContract {

    @Override
    RuntimePredictor predictor() {
        return new GradientBoostingPredictor();
    }

    @Override
    String expectedName() {
        return GradientBoostingPredictor.NAME;
    }
}
