package io.bellamy.features;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON form of a {@link FittedPipeline}: a stable document, independent of the Java classes,
 * described in the package description. Version {@value #FORMAT_VERSION}; other versions are
 * refused with a message saying which version this build reads.
 */
final class PipelineJson {

    /** Value of the {@code format} field. */
    static final String FORMAT = "bellamy-feature-pipeline";

    /** The format version this build writes and reads. */
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The whole document. */
    record Document(String format, int formatVersion, List<String> essentialProperties,
            List<String> optionalProperties, Hashing hashing, ScaleOut scaleOut) {
    }

    /** Hashing settings; {@code vocabulary} is null when the filter is off. */
    record Hashing(int nFeatures, int ngramMin, int ngramMax, String vocabulary) {
    }

    /** Scale-out feature names and their fitted minima and maxima, in feature order. */
    record ScaleOut(List<String> features, double[] min, double[] max) {
    }

    private PipelineJson() {
    }

    static String write(FittedPipeline pipeline) {
        try {
            return MAPPER.writeValueAsString(document(pipeline));
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the feature pipeline as JSON", e);
        }
    }

    static JsonNode toTree(FittedPipeline pipeline) {
        return MAPPER.valueToTree(document(pipeline));
    }

    static FittedPipeline read(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("feature pipeline is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
        return fromTree(tree);
    }

    static FittedPipeline fromTree(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("feature pipeline must be a JSON object, got "
                    + (tree == null ? "nothing" : tree.getNodeType()));
        }
        JsonNode format = tree.get("format");
        if (format == null || !FORMAT.equals(format.asText())) {
            throw new IllegalArgumentException("not a feature pipeline: field 'format' must be '"
                    + FORMAT + "', got " + format);
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new IllegalArgumentException(
                    "feature pipeline has no integer 'formatVersion', got " + version);
        }
        if (version.asInt() != FORMAT_VERSION || !version.canConvertToInt()) {
            throw new IllegalArgumentException("unsupported feature pipeline format version "
                    + version + "; this version of Bellamy reads version " + FORMAT_VERSION);
        }
        Document doc;
        try {
            doc = MAPPER.treeToValue(tree, Document.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed feature pipeline (format version "
                    + FORMAT_VERSION + "): " + e.getOriginalMessage(), e);
        }
        return pipeline(doc);
    }

    private static Document document(FittedPipeline p) {
        HashingVectorizer v = p.spec().vectorizer();
        String vocabulary = v.filter() instanceof VocabularyFilter.KeepOnly k ? k.alphabet() : null;
        List<FeatureRange> ranges = p.scaleOut().ranges();
        return new Document(FORMAT, FORMAT_VERSION,
                p.spec().essential().stream().map(Property::key).toList(),
                p.spec().optional().stream().map(Property::key).toList(),
                new Hashing(v.nFeatures(), v.ngramMin(), v.ngramMax(), vocabulary),
                new ScaleOut(ScaleOutScaler.FEATURE_NAMES,
                        ranges.stream().mapToDouble(FeatureRange::min).toArray(),
                        ranges.stream().mapToDouble(FeatureRange::max).toArray()));
    }

    private static FittedPipeline pipeline(Document doc) {
        try {
            Hashing h = require(doc.hashing(), "hashing");
            VocabularyFilter filter = h.vocabulary() == null
                    ? VocabularyFilter.NONE : VocabularyFilter.keepOnly(h.vocabulary());
            FeaturePipeline spec = new FeaturePipeline(
                    require(doc.essentialProperties(), "essentialProperties").stream()
                            .map(Property::fromKey).toList(),
                    require(doc.optionalProperties(), "optionalProperties").stream()
                            .map(Property::fromKey).toList(),
                    new HashingVectorizer(h.nFeatures(), h.ngramMin(), h.ngramMax(), filter));
            ScaleOut s = require(doc.scaleOut(), "scaleOut");
            if (!ScaleOutScaler.FEATURE_NAMES.equals(s.features())) {
                throw new IllegalArgumentException("scaleOut.features must be "
                        + ScaleOutScaler.FEATURE_NAMES + ", got " + s.features());
            }
            double[] min = require(s.min(), "scaleOut.min");
            double[] max = require(s.max(), "scaleOut.max");
            if (min.length != ScaleOutScaler.FEATURES || max.length != ScaleOutScaler.FEATURES) {
                throw new IllegalArgumentException("scaleOut.min and scaleOut.max need "
                        + ScaleOutScaler.FEATURES + " values each, got " + Arrays.toString(min)
                        + " and " + Arrays.toString(max));
            }
            return new FittedPipeline(spec, new ScaleOutScaler(new FeatureRange(min[0], max[0]),
                    new FeatureRange(min[1], max[1]), new FeatureRange(min[2], max[2])));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("invalid feature pipeline: " + e.getMessage(), e);
        }
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("field '" + field + "' must not be null");
        }
        return value;
    }
}
