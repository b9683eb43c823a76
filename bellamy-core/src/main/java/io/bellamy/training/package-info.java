/**
 * The one training loop and its configurations: pre-training (SPEC §5) and per-request
 * fine-tuning (SPEC §6), with the search's validation split.
 */
package io.bellamy.training;
