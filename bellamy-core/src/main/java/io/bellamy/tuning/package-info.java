/**
 * Hyperparameter search for pre-training (SPEC §5): a {@link io.bellamy.tuning.SearchSpace} of
 * categorical, float and int parameters; {@link io.bellamy.tuning.Sampler}s (random, and TPE
 * after Optuna's {@code TPESampler}); the ASHA early-stopping scheduler after Ray Tune's
 * {@code ASHAScheduler}; and a {@link io.bellamy.tuning.Search} that runs resumable
 * {@link io.bellamy.tuning.TrialObjective}s with bounded concurrency, deterministically for a
 * given seed and concurrency in either {@link io.bellamy.tuning.SearchMode}.
 *
 * <p>Where trials run is a {@link io.bellamy.tuning.TrialEngine}: the search submits
 * {@link io.bellamy.tuning.TrialTask}s to its {@link io.bellamy.tuning.TrialRunner} and takes back
 * {@link io.bellamy.tuning.TrialStep}s, locally on a thread pool or, with serialisable states, on
 * a cluster; the result does not depend on where or in which order the tasks ran.
 *
 * <p>The package knows nothing of the network or its training: the training code implements
 * {@code TrialObjective}.
 */
package io.bellamy.tuning;
