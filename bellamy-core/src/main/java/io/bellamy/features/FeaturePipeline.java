package io.bellamy.features;

import io.bellamy.data.RunRecord;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the feature pipeline computes (SPEC §3), before it has seen data: which properties fill
 * the network's five essential and three optional slots, in which order, and the text-hashing
 * settings (including the vocabulary filter). Fit it with {@link #fitter()} or
 * {@link #fit(Iterable)} to get a {@link FittedPipeline}.
 *
 * <p>Every property encodes to {@code 1 + vectorizer.nFeatures()} values; numbers use that many
 * bits minus the flag, so text and numbers line up.
 *
 * @param essential the essential properties, in matrix order; exactly
 *     {@value EncodedBatch#ESSENTIAL_PROPERTIES}
 * @param optional the optional properties, in matrix order; exactly
 *     {@value EncodedBatch#OPTIONAL_PROPERTIES}, none of them essential too
 * @param vectorizer the text encoder
 */
public record FeaturePipeline(List<Property> essential, List<Property> optional,
        HashingVectorizer vectorizer) {

    /** The prototype's pipeline: SPEC §3's properties, 39 buckets, n-grams 1..3, filter on. */
    public static final FeaturePipeline PROTOTYPE =
            new FeaturePipeline(Property.ESSENTIAL, Property.OPTIONAL, HashingVectorizer.PROTOTYPE);

    /** Validates the property lists and copies them. */
    public FeaturePipeline {
        essential = List.copyOf(essential);
        optional = List.copyOf(optional);
        Objects.requireNonNull(vectorizer, "vectorizer");
        if (essential.size() != EncodedBatch.ESSENTIAL_PROPERTIES) {
            throw new IllegalArgumentException("the network takes "
                    + EncodedBatch.ESSENTIAL_PROPERTIES + " essential properties, got " + essential);
        }
        if (optional.size() != EncodedBatch.OPTIONAL_PROPERTIES) {
            throw new IllegalArgumentException("the network takes "
                    + EncodedBatch.OPTIONAL_PROPERTIES + " optional properties, got " + optional);
        }
        Set<Property> seen = EnumSet.noneOf(Property.class);
        for (Property p : essential) {
            if (!seen.add(p)) {
                throw new IllegalArgumentException("property " + p.key() + " listed twice");
            }
        }
        for (Property p : optional) {
            if (!seen.add(p)) {
                throw new IllegalArgumentException("property " + p.key() + " listed twice");
            }
        }
    }

    /** This pipeline with another text encoder. */
    public FeaturePipeline withVectorizer(HashingVectorizer other) {
        return new FeaturePipeline(essential, optional, other);
    }

    /** This pipeline with another vocabulary filter ({@link VocabularyFilter#NONE} for off). */
    public FeaturePipeline withFilter(VocabularyFilter filter) {
        return withVectorizer(vectorizer.withFilter(filter));
    }

    /** Values per encoded property: the category flag and {@code nFeatures} values. */
    public int propertyWidth() {
        return 1 + vectorizer.nFeatures();
    }

    /** A new, empty fitter for this pipeline. */
    public PipelineFitter fitter() {
        return new PipelineFitter(this);
    }

    /**
     * Fits this pipeline on pre-training records.
     *
     * @throws IllegalStateException if {@code records} is empty
     */
    public FittedPipeline fit(Iterable<RunRecord> records) {
        return fitter().observeAll(records).fit();
    }
}
