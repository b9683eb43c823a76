package io.bellamy.evaluation;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.RunRecord;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.Hyperparameters;
import io.bellamy.training.PretrainListener;
import io.bellamy.training.PretrainOptions;
import io.bellamy.training.Pretrainer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The pre-trained models of one evaluation, shared by the methods that start from the same
 * pre-training (the faithful {@code classic} and the default {@code bellamy} use the same fold
 * seed and options, so a fold is pre-trained once for both). Single-flight: concurrent requests
 * for one key wait for the one pre-training. Thread-safe.
 */
public final class FoldModels {

    private record Key(String algorithm, List<RunRecord> runs, PretrainOptions options) {
    }

    private final Map<Key, CompletableFuture<BellamyModel>> models = new ConcurrentHashMap<>();

    /**
     * The fold's model as the Bellamy methods pre-train it: the hyperparameter search, or one
     * run with {@code fixed}, seeded with {@code foldSeed}; computed once per fold.
     */
    BellamyModel pretrained(FoldData fold, BellamyConfig config, boolean search,
            Hyperparameters fixed, long foldSeed) {
        PretrainOptions options = search ? PretrainOptions.search(config, foldSeed)
                : PretrainOptions.fixed(config, fixed, foldSeed);
        return get(fold.algorithm(), fold.fold(), fold.preTrainingRuns(), options);
    }

    /**
     * The model pre-trained on {@code runs} with {@code options}, computed once per key.
     *
     * @param fold the fold, for messages
     * @throws IllegalStateException when the pre-training fails or is interrupted
     */
    BellamyModel get(String algorithm, int fold, List<RunRecord> runs,
            PretrainOptions options) {
        Key key = new Key(algorithm, List.copyOf(runs), options);
        CompletableFuture<BellamyModel> mine = new CompletableFuture<>();
        CompletableFuture<BellamyModel> existing = models.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                mine.complete(new Pretrainer("evaluation").pretrain("c3o", algorithm, runs,
                        options, PretrainListener.NONE).model());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                mine.completeExceptionally(e);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
            existing = mine;
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("pre-training " + algorithm + " fold " + fold
                    + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("pre-training " + algorithm + " fold " + fold
                    + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
