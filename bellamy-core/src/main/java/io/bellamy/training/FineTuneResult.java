package io.bellamy.training;

import io.bellamy.model.BellamyNetwork;

/**
 * A fine-tuned network and how the fine-tuning went.
 *
 * @param network the network with the best epoch's weights, dropout off
 * @param records records it was fine-tuned on
 * @param epochs epochs run
 * @param bestEpoch the epoch whose weights it holds (1-based)
 * @param bestMae that epoch's MAE in seconds (from its training passes, noisy targets)
 * @param reachedThreshold whether it stopped because the MAE reached the threshold
 */
public record FineTuneResult(BellamyNetwork network, int records, int epochs, int bestEpoch,
        double bestMae, boolean reachedThreshold) { }
