/**
 * The Bellamy network of SPEC §4 (Scheinert et al., "Bellamy: Reusing Performance Models for
 * Distributed Dataflow Jobs Across Contexts", IEEE CLUSTER 2021): a scale-out net, one property
 * auto-encoder shared by all context properties, and a combination net predicting the runtime;
 * its training step with the composite pre-training loss of SPEC §5 or the fine-tuning loss of
 * SPEC §6; and a benchmark of that step.
 */
package io.bellamy.model;
