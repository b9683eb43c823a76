/**
 * The evaluation protocol of SPEC §8: cases (contexts dealt into folds, chosen scale-outs,
 * labelled test points) read from a split manifest or generated from the records, every
 * prediction method run on every case without leakage, and the report (results CSV, Markdown
 * tables, charts). {@link io.bellamy.evaluation.HistoryEvaluation} runs the cross-environment
 * variant on a user's own history, with a verdict per algorithm.
 */
package io.bellamy.evaluation;
