package io.bellamy.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellamy.config.BellamyConfig;
import io.bellamy.model.Hyperparameters;
import io.bellamy.training.PretrainOptions;
import java.util.Set;

/**
 * The optional body of {@code POST /v1/models/{target}/{algorithm}/pretrain}, as the options of
 * {@code bellamy pretrain}: {@code search} (default true), {@code trials}, {@code max_epochs} and
 * {@code seed}, each defaulting to the server's configuration.
 */
final class PretrainBody {

    static final int MAX_TRIALS = 200;
    static final int MAX_EPOCHS = 100_000;

    private PretrainBody() {
    }

    /** The options of a body ({@code null}: the configuration's search). */
    static PretrainOptions parse(JsonNode body, BellamyConfig config) {
        if (body == null) {
            return PretrainOptions.search(config, config.seed());
        }
        Fields f = new Fields(body, "").onlyKnown(Set.of("search", "trials", "max_epochs", "seed"));
        boolean search = f.bool("search", true);
        BellamyConfig effective = config;
        if (f.has("trials")) {
            int trials = f.integer("trials", null);
            if (trials < 1 || trials > MAX_TRIALS) {
                throw ApiProblem.badField("trials", "'trials' must be in 1.." + MAX_TRIALS
                        + ", got " + trials);
            }
            effective = effective.withSearch(effective.search().withTrials(trials));
        }
        if (f.has("max_epochs")) {
            int epochs = f.integer("max_epochs", null);
            if (epochs < 1 || epochs > MAX_EPOCHS) {
                throw ApiProblem.badField("max_epochs", "'max_epochs' must be in 1.." + MAX_EPOCHS
                        + ", got " + epochs);
            }
            effective = effective.withModel(effective.model().withEpochs(epochs));
        }
        long seed = config.seed();
        if (f.has("seed")) {
            JsonNode v = body.get("seed");
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw ApiProblem.badField("seed", "'seed' must be a whole number, got " + v);
            }
            seed = v.longValue();
        }
        if (!search) {
            return PretrainOptions.fixed(effective, new Hyperparameters(effective.model().dropout(),
                    effective.model().lr(), effective.model().weightDecay()), seed);
        }
        return PretrainOptions.search(effective, seed);
    }
}
