package io.bellamy.tuning;

import java.util.Objects;

/**
 * Settings of a {@link Search}.
 *
 * @param trials how many trials to run, {@code >= 1}
 * @param concurrency how many trials run at once at most, {@code >= 1}; part of what makes a
 *     search reproducible, so fix it explicitly when results must match across machines
 * @param maxEpochs the epoch budget of a trial, {@code >= 1} (SPEC §5: 2500)
 * @param seed the search seed; all trial seeds and sampler draws derive from it
 * @param mode how trials are ordered in time
 * @param asha the early-stopping rule
 */
public record SearchConfig(int trials, int concurrency, int maxEpochs, long seed,
        SearchMode mode, AshaConfig asha) {

    /** SPEC §5: 12 trials. */
    public static final int DEFAULT_TRIALS = 12;
    /** SPEC §5: at most 4 trials at once (fewer on machines with fewer cores). */
    public static final int DEFAULT_MAX_CONCURRENCY = 4;
    /** SPEC §5: at most 2500 epochs. */
    public static final int DEFAULT_MAX_EPOCHS = 2500;

    /** Validates. */
    public SearchConfig {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1, got " + trials);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("maxEpochs must be >= 1, got " + maxEpochs);
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(asha, "asha");
    }

    /**
     * The SPEC §5 search: 12 trials, {@code min(4, available processors)} at once, 2500 epochs,
     * asynchronous mode, ASHA with max 2500, grace 1000, factor 2.
     */
    public static SearchConfig defaults(long seed) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new SearchConfig(DEFAULT_TRIALS, Math.min(DEFAULT_MAX_CONCURRENCY, cores),
                DEFAULT_MAX_EPOCHS, seed, SearchMode.ASYNC, AshaConfig.SPEC);
    }

    /** A copy with another number of trials. */
    public SearchConfig withTrials(int newTrials) {
        return new SearchConfig(newTrials, concurrency, maxEpochs, seed, mode, asha);
    }

    /** A copy with another concurrency. */
    public SearchConfig withConcurrency(int newConcurrency) {
        return new SearchConfig(trials, newConcurrency, maxEpochs, seed, mode, asha);
    }

    /** A copy with another epoch budget. */
    public SearchConfig withMaxEpochs(int newMaxEpochs) {
        return new SearchConfig(trials, concurrency, newMaxEpochs, seed, mode, asha);
    }

    /** A copy with another seed. */
    public SearchConfig withSeed(long newSeed) {
        return new SearchConfig(trials, concurrency, maxEpochs, newSeed, mode, asha);
    }

    /** A copy with another mode. */
    public SearchConfig withMode(SearchMode newMode) {
        return new SearchConfig(trials, concurrency, maxEpochs, seed, newMode, asha);
    }

    /** A copy with other ASHA settings. */
    public SearchConfig withAsha(AshaConfig newAsha) {
        return new SearchConfig(trials, concurrency, maxEpochs, seed, mode, newAsha);
    }

    /**
     * The epoch at which every trial ends at the latest: {@code min(maxEpochs, asha.maxT())}.
     */
    public int lastEpoch() {
        return Math.min(maxEpochs, asha.maxT());
    }
}
