package io.bellamy.allocation;

import java.util.Comparator;

/** The smallest predicted runtime (the prototype's behaviour); ties go to fewer nodes. */
public final class FastestPolicy implements AllocationPolicy {

    @Override
    public String name() {
        return "fastest";
    }

    @Override
    public Recommendation recommend(RuntimeCurve curve) {
        RuntimeCurve.Point best = curve.points().stream()
                .min(Comparator.comparingDouble(RuntimeCurve.Point::runtime))
                .orElseThrow();
        return new Recommendation(name(), best.scaleOut(), best.runtime(), curve.cost(best), true,
                String.format(java.util.Locale.ROOT,
                        "scale-out %d has the smallest predicted runtime (%.1f s)",
                        best.scaleOut(), best.runtime()));
    }
}
