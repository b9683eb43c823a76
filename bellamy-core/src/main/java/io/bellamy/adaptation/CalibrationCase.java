package io.bellamy.adaptation;

import io.bellamy.data.RunRecord;
import java.util.List;
import java.util.Objects;

/**
 * One held-out case of {@link Calibration}: a context's prior curves (from models that never saw
 * the context), the runs of its {@code k} given scale-outs, and the measured median runtime at
 * each other scale-out.
 *
 * @param k the number of given scale-outs
 * @param network the network's prior curve of the context
 * @param global the global model's prior curve over the same range, or {@code null} when there
 *     is none
 * @param given the runs of the given scale-outs (all repetitions)
 * @param testScaleOuts the other scale-outs
 * @param testRuntimes the median runtime at each of them, seconds
 */
public record CalibrationCase(int k, PriorCurve network, PriorCurve global, List<RunRecord> given,
        int[] testScaleOuts, double[] testRuntimes) {

    /** Copies the arrays and checks the sizes agree. */
    public CalibrationCase {
        Objects.requireNonNull(network, "network");
        given = List.copyOf(given);
        testScaleOuts = testScaleOuts.clone();
        testRuntimes = testRuntimes.clone();
        if (testScaleOuts.length != testRuntimes.length) {
            throw new IllegalArgumentException("test scale-outs and runtimes differ in length: "
                    + testScaleOuts.length + " and " + testRuntimes.length);
        }
    }

    /** The prior with the network weighted {@code w} (the network alone without global). */
    PriorCurve prior(double w) {
        return global == null ? network : PriorCurve.blend(network, global, w);
    }
}
