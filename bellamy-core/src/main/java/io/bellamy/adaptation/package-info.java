/**
 * Few-shot adaptation of a pre-trained runtime curve to one context: the default predictor
 * {@code bellamy}. The pre-trained network and the global boosting model give a prior curve
 * over scale-outs ({@link io.bellamy.adaptation.PriorCurve}: their weighted geometric mean,
 * positive, extended beyond the pre-training range with an Ernest-shaped fit of itself); the
 * context's few runs correct it in log space with a ridge-penalised level and slope
 * ({@link io.bellamy.adaptation.LogLinearCorrection}), or, when they reach outside the
 * pre-training range, Ernest on them alone ({@link io.bellamy.adaptation.AdaptedRuntimeModel});
 * the network weight, the penalties and the prediction intervals come from contexts held out of
 * the pre-training data ({@link io.bellamy.adaptation.HeldOutCalibration},
 * {@link io.bellamy.adaptation.Calibration}).
 */
package io.bellamy.adaptation;
