/**
 * Few-shot adaptation of a pre-trained runtime curve to one context: the default predictor
 * {@code bellamy}. The pre-trained network gives a prior curve over scale-outs
 * ({@link io.bellamy.adaptation.PriorCurve}, positive, extended beyond the pre-training range
 * with an Ernest-shaped fit of itself); the context's few runs correct it in log space with a
 * ridge-penalised level and slope ({@link io.bellamy.adaptation.LogLinearCorrection}); the
 * penalties and the prediction intervals come from held-out contexts inside the pre-training
 * data ({@link io.bellamy.adaptation.Calibration}).
 */
package io.bellamy.adaptation;
