/**
 * Hyperparameter search for pre-training (SPEC §5): a {@link io.bellamy.tuning.SearchSpace} of
 * categorical, float and int parameters; {@link io.bellamy.tuning.Sampler}s (random, and TPE
 * after Optuna's {@code TPESampler}); the ASHA early-stopping scheduler after Ray Tune's
 * {@code ASHAScheduler}; and a {@link io.bellamy.tuning.Search} that runs resumable
 * {@link io.bellamy.tuning.TrialObjective}s with bounded concurrency, deterministically for a
 * given seed and concurrency in either {@link io.bellamy.tuning.SearchMode}.
 *
 * <p>The package knows nothing of the network or its training: the training code implements
 * {@code TrialObjective}.
 */
package io.bellamy.tuning;
