package io.bellamy.evaluation;

import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The runs of one context grouped by scale-out, ascending; runs keep their given order. */
final class ScaleOutRuns {

    private final TreeMap<Integer, List<RunRecord>> byScaleOut = new TreeMap<>();

    ScaleOutRuns(List<RunRecord> runs) {
        for (RunRecord r : runs) {
            byScaleOut.computeIfAbsent(r.instanceCount(), k -> new ArrayList<>()).add(r);
        }
    }

    /** The distinct scale-outs, ascending. */
    List<Integer> scaleOuts() {
        return List.copyOf(byScaleOut.keySet());
    }

    /** The runs at a scale-out (empty when there is none). */
    List<RunRecord> at(int scaleOut) {
        return byScaleOut.getOrDefault(scaleOut, List.of());
    }

    /**
     * The median runtime at a scale-out as Python's {@code statistics.median}: the middle
     * value, or the mean of the two middle values for an even count.
     *
     * @throws IllegalArgumentException when there is no run at the scale-out
     */
    double medianRuntime(int scaleOut) {
        List<RunRecord> runs = at(scaleOut);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no run at scale-out " + scaleOut);
        }
        double[] t = runs.stream().mapToDouble(RunRecord::grossRuntime).toArray();
        Arrays.sort(t);
        int n = t.length;
        return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    }

    /** The test points of a choice: every other scale-out with its median and label. */
    List<TestPoint> testPoints(List<Integer> train) {
        List<TestPoint> test = new ArrayList<>();
        for (Map.Entry<Integer, List<RunRecord>> e : byScaleOut.entrySet()) {
            int n = e.getKey();
            if (!train.contains(n)) {
                test.add(new TestPoint(n, medianRuntime(n), PointLabel.of(n, train)));
            }
        }
        return test;
    }
}
