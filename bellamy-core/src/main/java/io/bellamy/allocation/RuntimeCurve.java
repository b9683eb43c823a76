package io.bellamy.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Predicted runtimes over a range of scale-outs, sorted by scale-out, with the price of one
 * node-hour so that cost can be derived.
 *
 * @param points one point per scale-out, strictly increasing scale-outs
 * @param pricePerNodeHour price of one node for one hour (1.0 gives cost in node-hours)
 */
public record RuntimeCurve(List<Point> points, double pricePerNodeHour) {

    /** Validates: non-empty, distinct scale-outs, finite price >= 0; sorts by scale-out. */
    public RuntimeCurve {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("a runtime curve needs at least one point");
        }
        if (!(pricePerNodeHour >= 0) || Double.isInfinite(pricePerNodeHour)) {
            throw new IllegalArgumentException(
                    "price per node-hour must be a finite number >= 0, got " + pricePerNodeHour);
        }
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(Point::scaleOut));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).scaleOut() == sorted.get(i - 1).scaleOut()) {
                throw new IllegalArgumentException(
                        "scale-out " + sorted.get(i).scaleOut() + " appears twice in the curve");
            }
        }
        points = List.copyOf(sorted);
    }

    /** Cost of running at a point: runtime in hours x scale-out x price per node-hour. */
    public double cost(Point p) {
        return p.runtime() / 3600.0 * p.scaleOut() * pricePerNodeHour;
    }

    /**
     * A predicted runtime at one scale-out.
     *
     * @param scaleOut number of nodes, >= 1
     * @param runtime predicted runtime in seconds, finite
     */
    public record Point(int scaleOut, double runtime) {
        /** Validates the scale-out and the runtime. */
        public Point {
            if (scaleOut < 1) {
                throw new IllegalArgumentException("scale-out must be >= 1, got " + scaleOut);
            }
            if (!Double.isFinite(runtime)) {
                throw new IllegalArgumentException(
                        "predicted runtime at scale-out " + scaleOut + " is not finite: " + runtime);
            }
        }
    }
}
