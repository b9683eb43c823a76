package io.bellamy.features;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellamy.data.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link FeaturePipeline} fitted on pre-training records: immutable, stored with the model, and
 * the only way rows reach the network (SPEC §3). Thread-safe: each transform call keeps its own
 * cache of hashed texts.
 *
 * <p>Stored as JSON ({@link #toJson()}, {@link #fromJson(String)}); the shape is documented in
 * the package description and carries its format version (1).
 *
 * @param spec what is encoded and how
 * @param scaleOut the fitted scale-out scaling
 */
public record FittedPipeline(FeaturePipeline spec, ScaleOutScaler scaleOut) {

    /** Requires both parts. */
    public FittedPipeline {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(scaleOut, "scaleOut");
    }

    /** Values per encoded property: the category flag and {@code nFeatures} values (40). */
    public int propertyWidth() {
        return spec.propertyWidth();
    }

    /**
     * Encodes run records, one row each, in order; targets are their runtimes in seconds and
     * memory/slots are the records' cluster totals. Each distinct text is hashed once.
     *
     * @param records the rows; not modified
     */
    public EncodedBatch transform(List<RunRecord> records) {
        List<PropertyValues> values = new ArrayList<>(records.size());
        int[] scaleOuts = new int[records.size()];
        double[] target = new double[records.size()];
        for (int r = 0; r < records.size(); r++) {
            RunRecord record = records.get(r);
            values.add(PropertyValues.of(record));
            scaleOuts[r] = record.instanceCount();
            target[r] = record.grossRuntime();
        }
        return encode(values, scaleOuts, target);
    }

    /**
     * Encodes a prediction request: one row per scale-out {@code n} in
     * {@code [minScaleOut, maxScaleOut]}, in increasing order, with the request's memory and
     * slots read as per node and multiplied by {@code n} (SPEC §6 step 4). Targets are NaN.
     *
     * @param perNode the request's properties, memory and slots per node (null when absent)
     * @param minScaleOut smallest scale-out, {@code >= 1}
     * @param maxScaleOut largest scale-out, {@code >= minScaleOut}
     */
    public EncodedBatch transformRequest(PropertyValues perNode, int minScaleOut, int maxScaleOut) {
        Objects.requireNonNull(perNode, "perNode");
        if (minScaleOut < 1 || maxScaleOut < minScaleOut) {
            throw new IllegalArgumentException("scale-out range must satisfy 1 <= min <= max, got ["
                    + minScaleOut + ", " + maxScaleOut + "]");
        }
        int n = maxScaleOut - minScaleOut + 1;
        List<PropertyValues> values = new ArrayList<>(n);
        int[] scaleOuts = new int[n];
        double[] target = new double[n];
        for (int r = 0; r < n; r++) {
            scaleOuts[r] = minScaleOut + r;
            values.add(perNode.atScaleOut(scaleOuts[r]));
            target[r] = Double.NaN;
        }
        return encode(values, scaleOuts, target);
    }

    private EncodedBatch encode(List<PropertyValues> rows, int[] scaleOuts, double[] target) {
        PropertyEncoder encoder = new PropertyEncoder(spec.vectorizer());
        int w = encoder.width();
        int size = rows.size();
        int ne = EncodedBatch.ESSENTIAL_PROPERTIES;
        int no = EncodedBatch.OPTIONAL_PROPERTIES;
        double[] so = new double[size * ScaleOutScaler.FEATURES];
        double[] essential = new double[size * ne * w];
        double[] optional = new double[size * no * w];
        double[] mask = new double[size * no];
        for (int r = 0; r < size; r++) {
            PropertyValues v = rows.get(r);
            scaleOut.transformInto(scaleOuts[r], so, r * ScaleOutScaler.FEATURES);
            for (int p = 0; p < ne; p++) {
                encoder.encode(spec.essential().get(p), v, essential, (r * ne + p) * w);
            }
            for (int p = 0; p < no; p++) {
                Property property = spec.optional().get(p);
                encoder.encode(property, v, optional, (r * no + p) * w);
                mask[r * no + p] = property.isPresent(v) ? 1.0 : 0.0;
            }
        }
        return new EncodedBatch(size, so, essential, optional, mask, target, scaleOuts);
    }

    /** This pipeline as a JSON document (see the package description for its shape). */
    public String toJson() {
        return PipelineJson.write(this);
    }

    /** This pipeline as a JSON tree, to embed in a larger document such as a model file. */
    public JsonNode toJsonTree() {
        return PipelineJson.toTree(this);
    }

    /**
     * Reads a pipeline written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException if the text is not such a document, or has a format
     *     version this build cannot read
     */
    public static FittedPipeline fromJson(String json) {
        return PipelineJson.read(json);
    }

    /** Reads a pipeline from a tree written by {@link #toJsonTree()}; as {@link #fromJson(String)}. */
    public static FittedPipeline fromJsonTree(JsonNode tree) {
        return PipelineJson.fromTree(tree);
    }
}
