package io.bellamy.evaluation;
import io.bellamy.baselines.*;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
class ScratchTest {
    @Test
    void run() throws Exception {
        EvaluationSpec spec = EvaluationSpec.defaults(EvaluationVariant.C3O, EvalFixtures.source()).withAlgorithms(List.of("grep","sort"));
        EvaluationRun.run(spec, List.of(EvaluationMethod.of(new ErnestPredictor()), EvaluationMethod.of(new BellPredictor()), EvaluationMethod.of(BellPredictor.alwaysCrossValidated()), EvaluationMethod.of(new GradientBoostingPredictor())), Path.of("/tmp/evalout"), ProgressListener.NONE);
    }
}
