package io.bellamy.allocation;

import java.util.List;
import java.util.Locale;

/**
 * The largest scale-out up to which adding nodes still pays: starting from the smallest
 * scale-out, move to the next one while the relative speed-up per added node,
 * {@code (T(n) / T(n') - 1) / (n' - n)}, is at least the given minimum.
 */
public final class EfficientPolicy implements AllocationPolicy {

    private final double minSpeedupPerNode;

    /** @param minSpeedupPerNode the least relative speed-up per added node, e.g. 0.05 for 5% */
    public EfficientPolicy(double minSpeedupPerNode) {
        if (!(minSpeedupPerNode > 0) || Double.isInfinite(minSpeedupPerNode)) {
            throw new IllegalArgumentException(
                    "minimum speed-up must be a finite number > 0, got " + minSpeedupPerNode);
        }
        this.minSpeedupPerNode = minSpeedupPerNode;
    }

    @Override
    public String name() {
        return "efficient";
    }

    @Override
    public Recommendation recommend(RuntimeCurve curve) {
        List<RuntimeCurve.Point> points = curve.points();
        int chosen = 0;
        double lastGain = Double.NaN;
        for (int i = 1; i < points.size(); i++) {
            RuntimeCurve.Point from = points.get(chosen);
            RuntimeCurve.Point to = points.get(i);
            double gain = (from.runtime() / to.runtime() - 1) / (to.scaleOut() - from.scaleOut());
            lastGain = gain;
            if (gain < minSpeedupPerNode) {
                break;
            }
            chosen = i;
        }
        RuntimeCurve.Point p = points.get(chosen);
        String reason = chosen == points.size() - 1
                ? String.format(Locale.ROOT,
                        "every added node up to scale-out %d (the maximum) still speeds the job up "
                                + "by at least %.1f%%", p.scaleOut(), minSpeedupPerNode * 100)
                : String.format(Locale.ROOT,
                        "going beyond scale-out %d speeds the job up by only %.1f%% per added "
                                + "node (< %.1f%%)", p.scaleOut(), lastGain * 100,
                        minSpeedupPerNode * 100);
        return new Recommendation(name(), p.scaleOut(), p.runtime(), curve.cost(p), true, reason);
    }
}
