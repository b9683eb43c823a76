/**
 * The one training loop and its configurations: pre-training (SPEC §5) and per-request
 * fine-tuning (SPEC §6), with the search's validation split.
 *
 * <p>Where pre-trainings run is a {@link io.bellamy.training.PretrainEngine}: this JVM by
 * default, a cluster through a {@link io.bellamy.training.PretrainEngineProvider} found by
 * {@link java.util.ServiceLoader}. A search's trials can move between processes as
 * {@link io.bellamy.training.PretrainingRun.Checkpoint}s of a
 * {@link io.bellamy.training.PretrainingProblem}.
 */
package io.bellamy.training;
