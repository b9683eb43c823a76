package io.bellamy.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The effective configuration. Every section has the prototype's values as defaults ({@link
 * #defaults()}); a YAML file may override any subset of keys ({@link ConfigLoader}).
 *
 * @param directories where models, state and data live
 * @param jobTypes the algorithms the public datasets cover
 * @param model network and optimiser setup for pre-training
 * @param features the feature pipeline
 * @param fineTuning fine-tuning: epochs, schedule, early stopping, what it reuses from the search
 * @param split the validation split of the search
 * @param search hyperparameter search: space, trials, concurrency, ASHA
 * @param prices price per node-hour by machine type (for the {@code cheapest} policy)
 * @param seed the seed every random stream derives from
 */
public record BellamyConfig(
        Directories directories,
        @JsonProperty("job_types") List<String> jobTypes,
        Model model,
        Features features,
        @JsonProperty("fine_tuning") FineTuning fineTuning,
        Split split,
        Search search,
        Map<String, Double> prices,
        long seed) {

    /** Checks that every section is present. */
    public BellamyConfig {
        Objects.requireNonNull(directories, "directories");
        jobTypes = List.copyOf(jobTypes);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(fineTuning, "fine_tuning");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(search, "search");
        prices = Map.copyOf(prices);
        prices.forEach((type, price) -> {
            if (!(price >= 0) || price.isInfinite()) {
                throw new IllegalArgumentException(
                        "prices." + type + " must be a finite number >= 0, got " + price);
            }
        });
    }

    /** A copy with another model section. */
    public BellamyConfig withModel(Model newModel) {
        return new BellamyConfig(directories, jobTypes, newModel, features, fineTuning, split,
                search, prices, seed);
    }

    /** A copy with another search section. */
    public BellamyConfig withSearch(Search newSearch) {
        return new BellamyConfig(directories, jobTypes, model, features, fineTuning, split,
                newSearch, prices, seed);
    }

    /** A copy with another fine-tuning section. */
    public BellamyConfig withFineTuning(FineTuning newFineTuning) {
        return new BellamyConfig(directories, jobTypes, model, features, newFineTuning, split,
                search, prices, seed);
    }

    /** A copy with another seed. */
    public BellamyConfig withSeed(long newSeed) {
        return new BellamyConfig(directories, jobTypes, model, features, fineTuning, split,
                search, prices, newSeed);
    }

    /** The built-in defaults: the prototype's config.yml with SPEC §5's search space. */
    public static BellamyConfig defaults() {
        return new BellamyConfig(
                new Directories("models", ".bellamy", null),
                List.of("grep", "sort", "sgd", "kmeans", "pagerank"),
                new Model(8, 40, 0.1, 2500, 64, 0.001, 0.001, 0.25),
                new Features(
                        List.of("machine_type", "job_args", "data_size_MB", "data_characteristics",
                                "environment"),
                        List.of("job_type", "memory", "slots"),
                        39, 1, 3, true, "abcdefghijklmnopqrstuvwxyz0123456789.:,;_-+#@"),
                new FineTuning(2500, 0.001, 0.001, 1000, 5.0, 7.5,
                        new Schedule(10, 0.001, 0.01, 20, 0.01, 0.001, 40),
                        new Reuse(true, false, true)),
                new Split(0.2, List.of("machine_type", "job_args", "data_size_MB",
                        "data_characteristics", "environment", "instance_count")),
                new Search(12, 4, "tpe", 10, 24,
                        Map.of("dropout", List.of(0.05, 0.1, 0.2),
                                "lr", List.of(0.1, 0.01, 0.001),
                                "weight_decay", List.of(0.01, 0.001, 0.0001)),
                        new Asha(2500, 1000, 2)),
                Map.of(),
                42L);
    }

    /**
     * Directories; {@code null} means "resolve by the usual rules" (option, environment variable,
     * default).
     *
     * @param models the model registry ({@code ./models})
     * @param home the state directory holding {@code bellamy.db} ({@code ./.bellamy})
     * @param data the data directory (resolved by the data-dir rules when null)
     */
    public record Directories(String models, String home, String data) { }

    /**
     * Network and pre-training setup (SPEC §4, §5).
     *
     * @param hiddenDim hidden size h (even, >= 2)
     * @param encodingDim property encoding size e (1 flag + the vectorizer's buckets)
     * @param dropout alpha-dropout probability in [0, 1)
     * @param epochs maximum pre-training epochs
     * @param batchSize mini-batch size
     * @param lr Adam learning rate
     * @param weightDecay L2 weight decay added to the gradient
     * @param targetNoise standard deviation of the target noise in seconds
     */
    public record Model(
            @JsonProperty("hidden_dim") int hiddenDim,
            @JsonProperty("encoding_dim") int encodingDim,
            double dropout,
            int epochs,
            @JsonProperty("batch_size") int batchSize,
            double lr,
            @JsonProperty("weight_decay") double weightDecay,
            @JsonProperty("target_noise") double targetNoise) {

        /** Validates ranges, quoting the value. */
        public Model {
            Checks.require(hiddenDim >= 2 && hiddenDim % 2 == 0, "model.hidden_dim",
                    "an even number >= 2", hiddenDim);
            Checks.require(encodingDim >= 2, "model.encoding_dim", "a number >= 2", encodingDim);
            Checks.require(dropout >= 0 && dropout < 1, "model.dropout", "in [0, 1)", dropout);
            Checks.require(epochs >= 1, "model.epochs", "a number >= 1", epochs);
            Checks.require(batchSize >= 1, "model.batch_size", "a number >= 1", batchSize);
            Checks.require(lr > 0 && Double.isFinite(lr), "model.lr", "a number > 0", lr);
            Checks.require(weightDecay >= 0 && Double.isFinite(weightDecay), "model.weight_decay",
                    "a number >= 0", weightDecay);
            Checks.require(targetNoise >= 0 && Double.isFinite(targetNoise), "model.target_noise",
                    "a number >= 0", targetNoise);
        }

        /** A copy with another epoch limit. */
        public Model withEpochs(int newEpochs) {
            return new Model(hiddenDim, encodingDim, dropout, newEpochs, batchSize, lr,
                    weightDecay, targetNoise);
        }
    }

    /**
     * The feature pipeline (SPEC §3).
     *
     * @param essentialColumns essential properties, in order
     * @param optionalColumns optional properties
     * @param hashBuckets buckets of the hashing vectorizer
     * @param ngramMin shortest character n-gram
     * @param ngramMax longest character n-gram
     * @param vocabularyFilter whether characters outside {@code vocabulary} are deleted first
     * @param vocabulary the characters kept by the filter
     */
    public record Features(
            @JsonProperty("essential_columns") List<String> essentialColumns,
            @JsonProperty("optional_columns") List<String> optionalColumns,
            @JsonProperty("hash_buckets") int hashBuckets,
            @JsonProperty("ngram_min") int ngramMin,
            @JsonProperty("ngram_max") int ngramMax,
            @JsonProperty("vocabulary_filter") boolean vocabularyFilter,
            String vocabulary) {

        /** Validates ranges, quoting the value. */
        public Features {
            essentialColumns = List.copyOf(essentialColumns);
            optionalColumns = List.copyOf(optionalColumns);
            Checks.require(!essentialColumns.isEmpty(), "features.essential_columns",
                    "a non-empty list", essentialColumns);
            Checks.require(hashBuckets >= 1, "features.hash_buckets", "a number >= 1", hashBuckets);
            Checks.require(ngramMin >= 1 && ngramMin <= ngramMax, "features.ngram_min",
                    "a number in [1, ngram_max]", ngramMin);
            Objects.requireNonNull(vocabulary, "features.vocabulary");
        }
    }

    /**
     * Fine-tuning (SPEC §6 step 3).
     *
     * @param epochs maximum epochs
     * @param lr Adam learning rate when the optimiser settings are not reused
     * @param weightDecay weight decay when the optimiser settings are not reused
     * @param patience epochs without improvement before stopping
     * @param maeThreshold stop at once when the epoch's MAE in seconds is at or below this
     * @param unfreezeFactor the scale-out net unfreezes from epoch floor(factor * 2^n) when n > 1
     * @param schedule the learning-rate schedule
     * @param reuse which settings fine-tuning takes from the best trial
     */
    public record FineTuning(
            int epochs,
            double lr,
            @JsonProperty("weight_decay") double weightDecay,
            int patience,
            @JsonProperty("mae_threshold") double maeThreshold,
            @JsonProperty("unfreeze_factor") double unfreezeFactor,
            Schedule schedule,
            Reuse reuse) {

        /** Validates ranges, quoting the value. */
        public FineTuning {
            Checks.require(epochs >= 1, "fine_tuning.epochs", "a number >= 1", epochs);
            Checks.require(lr > 0, "fine_tuning.lr", "a number > 0", lr);
            Checks.require(weightDecay >= 0, "fine_tuning.weight_decay", "a number >= 0",
                    weightDecay);
            Checks.require(patience >= 1, "fine_tuning.patience", "a number >= 1", patience);
            Checks.require(maeThreshold >= 0, "fine_tuning.mae_threshold", "a number >= 0",
                    maeThreshold);
            Objects.requireNonNull(schedule, "fine_tuning.schedule");
            Objects.requireNonNull(reuse, "fine_tuning.reuse");
        }
    }

    /**
     * The fine-tuning learning-rate schedule: linear cyclical for the first epochs, then cosine
     * annealing with restarts (SPEC §6).
     *
     * @param cyclicEpochs epochs under the cyclical schedule
     * @param cyclicBase its lowest learning rate
     * @param cyclicMax its highest learning rate
     * @param cyclicCycle its cycle length in epochs
     * @param cosineMax cosine annealing's starting learning rate
     * @param cosineMin cosine annealing's lowest learning rate
     * @param cosineCycle cosine annealing's cycle length in epochs
     */
    public record Schedule(
            @JsonProperty("cyclic_epochs") int cyclicEpochs,
            @JsonProperty("cyclic_base") double cyclicBase,
            @JsonProperty("cyclic_max") double cyclicMax,
            @JsonProperty("cyclic_cycle") int cyclicCycle,
            @JsonProperty("cosine_max") double cosineMax,
            @JsonProperty("cosine_min") double cosineMin,
            @JsonProperty("cosine_cycle") int cosineCycle) {

        /** Validates ranges, quoting the value. */
        public Schedule {
            Checks.require(cyclicEpochs >= 0, "fine_tuning.schedule.cyclic_epochs",
                    "a number >= 0", cyclicEpochs);
            Checks.require(cyclicCycle >= 2, "fine_tuning.schedule.cyclic_cycle",
                    "a number >= 2", cyclicCycle);
            Checks.require(cosineCycle >= 1, "fine_tuning.schedule.cosine_cycle",
                    "a number >= 1", cosineCycle);
            Checks.require(cyclicBase > 0 && cyclicMax >= cyclicBase,
                    "fine_tuning.schedule.cyclic_max", "a number >= cyclic_base > 0", cyclicMax);
            Checks.require(cosineMin > 0 && cosineMax >= cosineMin,
                    "fine_tuning.schedule.cosine_max", "a number >= cosine_min > 0", cosineMax);
        }
    }

    /**
     * Which settings of the best trial fine-tuning reuses (the prototype's
     * {@code reuse_for_fine_tuning}).
     *
     * @param modelArgs the network's setup (dropout)
     * @param optimizerArgs the optimiser's learning rate and weight decay
     * @param lossArgs the loss setup (target noise)
     */
    public record Reuse(
            @JsonProperty("model_args") boolean modelArgs,
            @JsonProperty("optimizer_args") boolean optimizerArgs,
            @JsonProperty("loss_args") boolean lossArgs) { }

    /**
     * The search's validation split (SPEC §5).
     *
     * @param validationFraction share of the records held out
     * @param groupingKeys the properties whose values form the stratification label
     */
    public record Split(
            @JsonProperty("validation_fraction") double validationFraction,
            @JsonProperty("grouping_keys") List<String> groupingKeys) {

        /** Validates ranges, quoting the value. */
        public Split {
            Checks.require(validationFraction > 0 && validationFraction < 1,
                    "split.validation_fraction", "in (0, 1)", validationFraction);
            groupingKeys = List.copyOf(groupingKeys);
        }
    }

    /**
     * Hyperparameter search (SPEC §5).
     *
     * @param trials number of trials
     * @param concurrency trials running at once
     * @param sampler {@code tpe} or {@code random}
     * @param startupTrials TPE samples at random until this many trials completed
     * @param eiCandidates TPE candidates drawn per suggestion
     * @param space categorical choices per hyperparameter ({@code dropout}, {@code lr},
     *     {@code weight_decay})
     * @param asha the early-stopping scheduler
     */
    public record Search(
            int trials,
            int concurrency,
            String sampler,
            @JsonProperty("startup_trials") int startupTrials,
            @JsonProperty("ei_candidates") int eiCandidates,
            Map<String, List<Double>> space,
            Asha asha) {

        /** Validates ranges, quoting the value. */
        public Search {
            Checks.require(trials >= 1, "search.trials", "a number >= 1", trials);
            Checks.require(concurrency >= 1, "search.concurrency", "a number >= 1", concurrency);
            Checks.require("tpe".equals(sampler) || "random".equals(sampler), "search.sampler",
                    "one of tpe, random", sampler);
            Checks.require(startupTrials >= 0, "search.startup_trials", "a number >= 0",
                    startupTrials);
            Checks.require(eiCandidates >= 1, "search.ei_candidates", "a number >= 1",
                    eiCandidates);
            space = Map.copyOf(space);
            for (var entry : space.entrySet()) {
                Checks.require(entry.getValue() != null && !entry.getValue().isEmpty(),
                        "search.space." + entry.getKey(), "a non-empty list", entry.getValue());
            }
            Objects.requireNonNull(asha, "search.asha");
        }

        /** A copy with another number of trials. */
        public Search withTrials(int newTrials) {
            return new Search(newTrials, concurrency, sampler, startupTrials, eiCandidates, space,
                    asha);
        }
    }

    /**
     * ASHA (Li et al. 2020) over epochs.
     *
     * @param maxT the most epochs a trial runs
     * @param gracePeriod epochs before the first rung
     * @param reductionFactor eta
     */
    public record Asha(
            @JsonProperty("max_t") int maxT,
            @JsonProperty("grace_period") int gracePeriod,
            @JsonProperty("reduction_factor") int reductionFactor) {

        /** Validates ranges, quoting the value. */
        public Asha {
            Checks.require(maxT >= 1, "search.asha.max_t", "a number >= 1", maxT);
            Checks.require(gracePeriod >= 1 && gracePeriod <= maxT, "search.asha.grace_period",
                    "a number in [1, max_t]", gracePeriod);
            Checks.require(reductionFactor >= 2, "search.asha.reduction_factor",
                    "a number >= 2", reductionFactor);
        }
    }
}
