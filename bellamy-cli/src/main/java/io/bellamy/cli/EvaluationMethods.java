package io.bellamy.cli;

import io.bellamy.baselines.BellPredictor;
import io.bellamy.baselines.ErnestPredictor;
import io.bellamy.baselines.GradientBoostingPredictor;
import io.bellamy.config.BellamyConfig;
import io.bellamy.evaluation.AdaptiveBellamyMethod;
import io.bellamy.evaluation.BellamyMethod;
import io.bellamy.evaluation.FoldModels;
import io.bellamy.evaluation.BellamyNoPretrainingMethod;
import io.bellamy.evaluation.EvaluationMethod;
import io.bellamy.model.Hyperparameters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The methods {@code bellamy evaluate --methods} can name, built from their names. */
final class EvaluationMethods {

    /** Every name, in the order of the defaults. */
    static final List<String> NAMES = List.of(AdaptiveBellamyMethod.NAME, BellamyMethod.NAME,
            ErnestPredictor.NAME,
            BellPredictor.NAME, BellPredictor.ALWAYS_CV_NAME, GradientBoostingPredictor.NAME,
            BellamyNoPretrainingMethod.NAME);

    private EvaluationMethods() {
    }

    /**
     * The named methods, in the given order.
     *
     * @param search whether Bellamy pre-trains with the hyperparameter search
     * @throws UsageException for an unknown or repeated name
     */
    static List<EvaluationMethod> parse(List<String> names, BellamyConfig config, boolean search,
            long seed) {
        if (names.isEmpty()) {
            throw new UsageException("--methods needs at least one method; valid: "
                    + String.join(", ", NAMES));
        }
        if (new LinkedHashSet<>(names).size() != names.size()) {
            throw new UsageException("--methods names a method twice: " + String.join(",", names));
        }
        List<EvaluationMethod> methods = new ArrayList<>();
        FoldModels models = new FoldModels();
        for (String name : names) {
            methods.add(switch (name) {
                case AdaptiveBellamyMethod.NAME -> new AdaptiveBellamyMethod(config, search,
                        Hyperparameters.REFERENCE, seed, models,
                        AdaptiveBellamyMethod.DEFAULT_HELD_OUT_FOLDS);
                case BellamyMethod.NAME -> new BellamyMethod(BellamyMethod.NAME, config, search,
                        Hyperparameters.REFERENCE, seed, models);
                case ErnestPredictor.NAME -> EvaluationMethod.of(new ErnestPredictor());
                case BellPredictor.NAME -> EvaluationMethod.of(new BellPredictor());
                case BellPredictor.ALWAYS_CV_NAME ->
                        EvaluationMethod.of(BellPredictor.alwaysCrossValidated());
                case GradientBoostingPredictor.NAME ->
                        EvaluationMethod.of(new GradientBoostingPredictor());
                case BellamyNoPretrainingMethod.NAME ->
                        new BellamyNoPretrainingMethod(config, seed);
                default -> throw new UsageException("unknown method '" + name + "'; valid: "
                        + String.join(", ", NAMES));
            });
        }
        return methods;
    }
}
