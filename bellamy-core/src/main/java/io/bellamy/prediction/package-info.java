/**
 * The seam every runtime-prediction method sits behind (Bellamy, its ablations and the
 * classic baselines), so that evaluation and allocation treat them alike.
 */
package io.bellamy.prediction;
