package io.bellamy.training;

import io.bellamy.config.BellamyConfig;
import io.bellamy.model.Hyperparameters;
import java.util.Objects;

/**
 * How one pre-training runs.
 *
 * @param config the effective configuration (network, features, split, search)
 * @param search true for the hyperparameter search of SPEC §5, false for one run with
 *     {@code fixed}
 * @param fixed the hyperparameters of a run without search
 * @param seed the seed every random draw derives from
 */
public record PretrainOptions(BellamyConfig config, boolean search, Hyperparameters fixed,
        long seed) {

    /** Requires the configuration and the fixed hyperparameters. */
    public PretrainOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(fixed, "fixed");
    }

    /** The configuration's search with the given seed. */
    public static PretrainOptions search(BellamyConfig config, long seed) {
        return new PretrainOptions(config, true, fromConfig(config), seed);
    }

    /** One run with fixed hyperparameters. */
    public static PretrainOptions fixed(BellamyConfig config, Hyperparameters hp, long seed) {
        return new PretrainOptions(config, false, hp, seed);
    }

    private static Hyperparameters fromConfig(BellamyConfig config) {
        return new Hyperparameters(config.model().dropout(), config.model().lr(),
                config.model().weightDecay());
    }
}
