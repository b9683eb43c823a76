package io.bellamy.baselines;

import io.bellamy.prediction.RuntimePredictor;

class BellCrossValidatedContractTest extends RuntimePredictorContract {

    @Override
    RuntimePredictor predictor() {
        return BellPredictor.alwaysCrossValidated();
    }

    @Override
    String expectedName() {
        return BellPredictor.ALWAYS_CV_NAME;
    }
}
