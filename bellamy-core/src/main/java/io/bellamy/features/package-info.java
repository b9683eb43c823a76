/**
 * Features (SPEC §3): turning run records and prediction requests into the arrays the network
 * reads.
 *
 * <p>Three roles, as for every fitted thing in Bellamy: the immutable spec
 * {@link io.bellamy.features.FeaturePipeline}, the throw-away mutable
 * {@link io.bellamy.features.PipelineFitter}, and the immutable
 * {@link io.bellamy.features.FittedPipeline} stored with the model, whose transforms produce an
 * {@link io.bellamy.features.EncodedBatch}. Text properties are hashed by
 * {@link io.bellamy.features.HashingVectorizer} (scikit-learn's char_wb hashing vectorizer, after
 * an optional {@link io.bellamy.features.VocabularyFilter}); numbers by
 * {@link io.bellamy.features.BinaryEncoder}; scale-outs by
 * {@link io.bellamy.features.ScaleOutScaler}.
 *
 * <h2>Stored form of a fitted pipeline (format version 1)</h2>
 * <pre>{@code
 * {
 *   "format" : "bellamy-feature-pipeline",
 *   "formatVersion" : 1,
 *   "essentialProperties" : [ "machine_type", "job_args", "data_size_MB",
 *                             "data_characteristics", "environment" ],
 *   "optionalProperties" : [ "job_type", "memory", "slots" ],
 *   "hashing" : { "nFeatures" : 39, "ngramMin" : 1, "ngramMax" : 3,
 *                 "vocabulary" : "abcdefghijklmnopqrstuvwxyz0123456789.:,;_-+#@" },
 *   "scaleOut" : { "features" : [ "instance_count_div", "instance_count_log", "instance_count" ],
 *                  "min" : [ 0.0833..., 0.6931..., 2.0 ],
 *                  "max" : [ 0.4999..., 2.4849..., 12.0 ] }
 * }
 * }</pre>
 * All fields are required; unknown fields are refused. {@code vocabulary} is {@code null} when
 * the filter is off. Doubles are written in Java's shortest round-trip form, so reading gives
 * back the same bits. A document with another {@code formatVersion} is refused with a message
 * naming the version this build reads.
 */
package io.bellamy.features;
