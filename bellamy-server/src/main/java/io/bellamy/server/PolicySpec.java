package io.bellamy.server;

import io.bellamy.allocation.AllocationPolicy;
import io.bellamy.allocation.CheapestPolicy;
import io.bellamy.allocation.DeadlinePolicy;
import io.bellamy.allocation.EfficientPolicy;
import io.bellamy.allocation.FastestPolicy;
import io.bellamy.model.BellamyModel;
import java.util.Set;

/**
 * The allocation policy a prediction request asks for, as in {@code bellamy predict --policy}:
 * {@code fastest} (default), {@code cheapest}, {@code deadline} (with {@code deadline_s} and
 * {@code confidence}) or {@code efficient} (with {@code min_speedup}).
 *
 * @param name the policy
 * @param deadline seconds, for {@code deadline}
 * @param confidence in (0, 1), for {@code deadline}
 * @param minSpeedup least relative speed-up per added node, for {@code efficient}
 */
record PolicySpec(String name, Double deadline, double confidence, Double minSpeedup) {

    static final PolicySpec FASTEST = new PolicySpec("fastest", null, 0.95, null);

    private static final Set<String> NAMES = Set.of("fastest", "cheapest", "deadline", "efficient");

    /** Parses {@code "policy"}: a name, or an object with {@code name} and its parameters. */
    static PolicySpec parse(Fields body) {
        if (!body.has("policy")) {
            return FASTEST;
        }
        if (body.node().get("policy").isTextual()) {
            return check(new PolicySpec(body.text("policy", null), null, 0.95, null), "policy");
        }
        Fields p = body.object("policy", true)
                .onlyKnown(Set.of("name", "deadline_s", "confidence", "min_speedup"));
        PolicySpec spec = new PolicySpec(p.text("name", "fastest"), p.number("deadline_s", false),
                p.has("confidence") ? p.number("confidence", true) : 0.95,
                p.number("min_speedup", false));
        return check(spec, "policy.name");
    }

    private static PolicySpec check(PolicySpec spec, String nameField) {
        if (!NAMES.contains(spec.name)) {
            throw ApiProblem.badField(nameField, "unknown policy '" + spec.name
                    + "'; expected one of fastest, cheapest, deadline, efficient");
        }
        if (spec.name.equals("deadline")) {
            if (spec.deadline == null) {
                throw ApiProblem.badField("policy.deadline_s",
                        "policy deadline needs 'policy.deadline_s' (seconds)");
            }
            if (!(spec.deadline > 0)) {
                throw ApiProblem.badField("policy.deadline_s",
                        "'policy.deadline_s' must be > 0, got " + spec.deadline);
            }
            if (!(spec.confidence > 0 && spec.confidence < 1)) {
                throw ApiProblem.badField("policy.confidence",
                        "'policy.confidence' must be in (0, 1), got " + spec.confidence);
            }
        }
        if (spec.name.equals("efficient")) {
            if (spec.minSpeedup == null) {
                throw ApiProblem.badField("policy.min_speedup",
                        "policy efficient needs 'policy.min_speedup', e.g. 0.05");
            }
            if (!(spec.minSpeedup > 0)) {
                throw ApiProblem.badField("policy.min_speedup",
                        "'policy.min_speedup' must be > 0, got " + spec.minSpeedup);
            }
        }
        return spec;
    }

    /** The policy, with the model's validation error margin for deadlines. */
    AllocationPolicy build(BellamyModel model) {
        return switch (name) {
            case "cheapest" -> new CheapestPolicy();
            case "deadline" -> new DeadlinePolicy(deadline, confidence,
                    model.training().relativeErrors().at(confidence));
            case "efficient" -> new EfficientPolicy(minSpeedup);
            default -> new FastestPolicy();
        };
    }
}
