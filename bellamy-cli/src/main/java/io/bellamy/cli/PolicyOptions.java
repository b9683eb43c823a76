package io.bellamy.cli;

import io.bellamy.allocation.AllocationPolicy;
import io.bellamy.allocation.CheapestPolicy;
import io.bellamy.allocation.DeadlinePolicy;
import io.bellamy.allocation.EfficientPolicy;
import io.bellamy.allocation.FastestPolicy;
import io.bellamy.model.BellamyModel;
import picocli.CommandLine.Option;

/** How the recommendation is chosen from the predicted runtimes. */
public final class PolicyOptions {

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "fastest",
            description = "fastest, cheapest, deadline or efficient (default: ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--deadline", paramLabel = "SECONDS",
            description = "With --policy deadline: the runtime the job must meet.")
    Double deadline;

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.95",
            description = "With --policy deadline: confidence of the safety margin taken from the "
                    + "model's validation errors (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--min-speedup", paramLabel = "X",
            description = "With --policy efficient: least relative speed-up per added node, "
                    + "e.g. 0.05 for 5%%.")
    Double minSpeedup;

    @Option(names = "--price", paramLabel = "PRICE",
            description = "Price of one node-hour (default: prices.<machine_type> of the "
                    + "configuration, else 1, i.e. cost in node-hours).")
    Double price;

    /** Rejects a policy name or a missing or out-of-range parameter (usage errors). */
    void check() {
        switch (policy) {
            case "fastest", "cheapest" -> {
                // no parameters
            }
            case "deadline" -> {
                if (deadline == null) {
                    throw new UsageException("--policy deadline needs --deadline SECONDS");
                }
                if (!(confidence > 0 && confidence < 1)) {
                    throw new UsageException("--confidence must be in (0, 1), got " + confidence);
                }
            }
            case "efficient" -> {
                if (minSpeedup == null) {
                    throw new UsageException("--policy efficient needs --min-speedup X");
                }
            }
            default -> throw new UsageException("unknown policy '" + policy
                    + "'; expected one of fastest, cheapest, deadline, efficient");
        }
    }

    /** The policy these options describe, with the model's error margin for deadlines. */
    AllocationPolicy build(BellamyModel model) {
        check();
        return switch (policy) {
            case "cheapest" -> new CheapestPolicy();
            case "deadline" -> new DeadlinePolicy(deadline, confidence,
                    model.training().relativeErrors().at(confidence));
            case "efficient" -> new EfficientPolicy(minSpeedup);
            default -> new FastestPolicy();
        };
    }
}
