package io.bellamy.adaptation;

import io.bellamy.baselines.ErnestPredictor;
import io.bellamy.data.RunRecord;
import io.bellamy.prediction.FittedRuntimeModel;
import io.bellamy.prediction.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/** The leave-one-scale-out-out comparison of {@link AdaptedRuntimeModel} against Ernest. */
final class ErnestModelChoice {

    private ErnestModelChoice() {
    }

    /** Ernest (SPEC §7) fitted to the runs alone. */
    static FittedRuntimeModel fitErnest(List<RunRecord> runs) {
        return new ErnestPredictor().fit(new TrainingData(runs.get(0).context(), runs, List.of()));
    }

    /**
     * The mean over the given scale-outs of the relative error at each one's median runtime of
     * the model fitted to the runs of the others.
     */
    static double leaveOneOutError(List<RunRecord> runs,
            Function<List<RunRecord>, FittedRuntimeModel> fit, int k) {
        TreeMap<Integer, List<RunRecord>> byScaleOut = new TreeMap<>();
        for (RunRecord r : runs) {
            byScaleOut.computeIfAbsent(r.instanceCount(), n -> new ArrayList<>()).add(r);
        }
        double sum = 0;
        for (var e : byScaleOut.entrySet()) {
            List<RunRecord> rest = new ArrayList<>();
            for (RunRecord r : runs) {
                if (r.instanceCount() != e.getKey()) {
                    rest.add(r);
                }
            }
            double actual = HeldOutCalibration.median(e.getValue().stream()
                    .mapToDouble(RunRecord::grossRuntime).toArray());
            double predicted = fit.apply(rest).predict(e.getValue().get(0));
            sum += Math.abs(predicted - actual) / actual;
        }
        return sum / k;
    }
}
