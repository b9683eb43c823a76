/**
 * The classic baselines of SPEC §7 behind {@link io.bellamy.prediction.RuntimePredictor}:
 * Ernest (Venkataraman et al., NSDI 2016), Bell (Thamsen et al., 2016) and a C3O-style
 * global gradient-boosting model (Will et al., IC2E 2021), with the numerical pieces they are
 * built from (non-negative least squares, local linear regression, regression trees).
 *
 * <p>All of them are deterministic: the same training data gives bit-identical predictions.
 */
package io.bellamy.baselines;
