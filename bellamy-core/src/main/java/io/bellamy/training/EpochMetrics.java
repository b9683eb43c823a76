package io.bellamy.training;

import java.io.Serializable;

/**
 * What one pre-training epoch measured.
 *
 * @param epoch the 1-based epoch
 * @param trainLoss mean composite loss of the epoch's training batches (noisy targets)
 * @param validationLoss mean of the validation batches' composite losses (clean targets)
 * @param mae mean absolute runtime error on the validation set, seconds
 * @param mse mean squared runtime error on the validation set, seconds squared
 */
public record EpochMetrics(int epoch, double trainLoss, double validationLoss, double mae,
        double mse) implements Serializable { }
