package io.bellamy.evaluation;

import java.util.List;

/**
 * The mean relative error of a group of test points, all pooled.
 *
 * @param n number of points
 * @param meanRelativeError their mean {@code |predicted - actual| / actual}; NaN when n = 0
 */
public record ErrorStats(int n, double meanRelativeError) {

    /** The statistics of the points, summed in the given order. */
    public static ErrorStats of(List<ScoredPoint> points) {
        double sum = 0;
        for (ScoredPoint p : points) {
            sum += p.point().relativeError();
        }
        return new ErrorStats(points.size(), points.isEmpty() ? Double.NaN : sum / points.size());
    }

    /** The mean relative error in percent. */
    public double percent() {
        return 100 * meanRelativeError;
    }
}
