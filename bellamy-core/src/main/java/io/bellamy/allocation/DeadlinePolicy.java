package io.bellamy.allocation;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The cheapest scale-out whose predicted runtime plus a safety margin meets a deadline. The
 * margin is the model's relative validation error at the requested confidence (as C3O does):
 * a scale-out qualifies when {@code runtime * (1 + margin) <= deadline}.
 */
public final class DeadlinePolicy implements AllocationPolicy {

    private final double deadlineSeconds;
    private final double confidence;
    private final double margin;

    /**
     * @param deadlineSeconds the deadline in seconds, > 0
     * @param confidence the confidence the margin was taken at, in (0, 1)
     * @param margin the relative error quantile at that confidence, >= 0 (e.g. 0.12 for 12%)
     */
    public DeadlinePolicy(double deadlineSeconds, double confidence, double margin) {
        if (!(deadlineSeconds > 0) || Double.isInfinite(deadlineSeconds)) {
            throw new IllegalArgumentException(
                    "deadline must be a finite number of seconds > 0, got " + deadlineSeconds);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("safety margin must be >= 0, got " + margin);
        }
        this.deadlineSeconds = deadlineSeconds;
        this.confidence = confidence;
        this.margin = margin;
    }

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public Recommendation recommend(RuntimeCurve curve) {
        Optional<RuntimeCurve.Point> feasible = curve.points().stream()
                .filter(p -> p.runtime() * (1 + margin) <= deadlineSeconds)
                .min(Comparator.comparingDouble(curve::cost)
                        .thenComparingDouble(RuntimeCurve.Point::runtime));
        if (feasible.isPresent()) {
            RuntimeCurve.Point p = feasible.get();
            return new Recommendation(name(), p.scaleOut(), p.runtime(), curve.cost(p), true,
                    String.format(Locale.ROOT,
                            "scale-out %d is the cheapest that meets the %.0f s deadline with a "
                                    + "%.1f%% safety margin (%.0f%% confidence): %.1f s predicted, "
                                    + "%.1f s with margin",
                            p.scaleOut(), deadlineSeconds, margin * 100, confidence * 100,
                            p.runtime(), p.runtime() * (1 + margin)));
        }
        RuntimeCurve.Point fastest = curve.points().stream()
                .min(Comparator.comparingDouble(RuntimeCurve.Point::runtime)).orElseThrow();
        return new Recommendation(name(), fastest.scaleOut(), fastest.runtime(),
                curve.cost(fastest), false,
                String.format(Locale.ROOT,
                        "no scale-out in %d..%d meets the %.0f s deadline with a %.1f%% safety "
                                + "margin (%.0f%% confidence); the fastest, %d, needs %.1f s "
                                + "(%.1f s with margin)",
                        curve.points().get(0).scaleOut(),
                        curve.points().get(curve.points().size() - 1).scaleOut(),
                        deadlineSeconds, margin * 100, confidence * 100, fastest.scaleOut(),
                        fastest.runtime(), fastest.runtime() * (1 + margin)));
    }
}
