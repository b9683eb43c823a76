package io.bellamy.baselines;

import io.bellamy.prediction.RuntimePredictor;

class ErnestContractTest extends RuntimePredictorContract {

    @Override
    RuntimePredictor predictor() {
        return new ErnestPredictor();
    }

    @Override
    String expectedName() {
        return ErnestPredictor.NAME;
    }
}
