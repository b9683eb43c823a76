package io.bellamy.allocation;

import java.util.Comparator;
import java.util.Locale;

/**
 * The smallest predicted cost (runtime x scale-out x price per node-hour); ties go to the
 * faster scale-out.
 */
public final class CheapestPolicy implements AllocationPolicy {

    @Override
    public String name() {
        return "cheapest";
    }

    @Override
    public Recommendation recommend(RuntimeCurve curve) {
        RuntimeCurve.Point best = curve.points().stream()
                .min(Comparator.comparingDouble(curve::cost)
                        .thenComparingDouble(RuntimeCurve.Point::runtime))
                .orElseThrow();
        return new Recommendation(name(), best.scaleOut(), best.runtime(), curve.cost(best), true,
                String.format(Locale.ROOT,
                        "scale-out %d has the smallest predicted cost (%.4f; %.1f node-hours)",
                        best.scaleOut(), curve.cost(best),
                        best.runtime() / 3600.0 * best.scaleOut()));
    }
}
