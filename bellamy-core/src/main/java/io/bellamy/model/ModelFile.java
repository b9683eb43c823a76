package io.bellamy.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.features.FittedPipeline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The model file: one UTF-8 JSON document, portable and human-readable.
 *
 * <pre>
 * {
 *   "format": "bellamy-model", "formatVersion": 1,
 *   "network":         {"hiddenSize": 8, "encodingSize": 40, "dropout": 0.05, "maxBatchSize": 64},
 *   "hyperparameters": {"dropout": .., "lr": .., "weightDecay": ..},
 *   "training":        {records, validationRecords, trials, bestEpoch, validationLoss,
 *                       validationMae, validationMse, relativeErrors {q50,q90,q95,q99}, seconds},
 *   "provenance":      {target, algorithm, createdAt, seed, dataDigest, codeVersion},
 *   "pipeline":        the fitted feature pipeline (see io.bellamy.features),
 *   "weights":         [ every parameter, in BellamyNetwork#weights() order ],
 *   "weightsSha256":   SHA-256 of the weights as big-endian IEEE-754 doubles,
 *   "adaptation":      optional: the default predictor's calibration {networkWeight,
 *                       penalties [{level, slope (null: infinite)}] per k,
 *                       logErrors [{q50,q90,q95,q99}] per k, cases}
 * }
 * </pre>
 *
 * Doubles are written in their shortest round-trip form, so {@code load(save(m))} predicts
 * bit-identically. Writes go to a temporary file in the same directory, are forced to disk and
 * then moved over the old file atomically. A truncated or corrupt file, a checksum mismatch or an
 * unknown format version is refused with a message naming the file.
 */
public final class ModelFile {

    /** The {@code format} field's value. */
    public static final String FORMAT = "bellamy-model";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;
    /** The file name inside a model directory. */
    public static final String FILE_NAME = "model.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private ModelFile() {
    }

    /** Writes the model to {@code file} atomically, creating parent directories. */
    public static void save(BellamyModel model, Path file) throws IOException {
        AtomicFile.write(file, toJson(model).getBytes(StandardCharsets.UTF_8),
                "." + file.getFileName(), true);
    }

    /** Reads a model file; any defect is an {@link IllegalArgumentException} naming the file. */
    public static BellamyModel load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return fromJson(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model file " + file + " cannot be loaded: "
                    + e.getMessage(), e);
        }
    }

    /** The model as the JSON text of a model file. */
    public static String toJson(BellamyModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.set("network", MAPPER.valueToTree(model.config()));
        root.set("hyperparameters", MAPPER.valueToTree(model.hyperparameters()));
        root.set("training", MAPPER.valueToTree(model.training()));
        root.set("provenance", MAPPER.valueToTree(model.provenance()));
        root.set("pipeline", model.pipeline().toJsonTree());
        ArrayNode weights = root.putArray("weights");
        for (double w : model.weights()) {
            weights.add(w);
        }
        root.put("weightsSha256", sha256(model.weights()));
        if (model.adaptation() != null) {
            root.set("adaptation", AdaptationJson.toJson(model.adaptation()));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model as JSON", e);
        }
    }

    /** Parses the JSON text of a model file. */
    public static BellamyModel fromJson(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid model file (truncated or corrupt JSON at "
                    + "line " + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ")", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a Bellamy model file (format is not '"
                    + FORMAT + "')");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != VERSION) {
            throw new IllegalArgumentException("unsupported model format version " + version
                    + "; this version of Bellamy reads version " + VERSION
                    + " (pre-train the model again with 'bellamy pretrain')");
        }
        try {
            NetworkConfig config = MAPPER.treeToValue(required(root, "network"), NetworkConfig.class);
            Hyperparameters hp = MAPPER.treeToValue(required(root, "hyperparameters"),
                    Hyperparameters.class);
            TrainingReport training = MAPPER.treeToValue(required(root, "training"),
                    TrainingReport.class);
            Provenance provenance = MAPPER.treeToValue(required(root, "provenance"),
                    Provenance.class);
            FittedPipeline pipeline = FittedPipeline.fromJsonTree(required(root, "pipeline"));
            JsonNode weightsNode = required(root, "weights");
            if (!weightsNode.isArray()) {
                throw new IllegalArgumentException("'weights' must be an array");
            }
            double[] weights = new double[weightsNode.size()];
            for (int i = 0; i < weights.length; i++) {
                JsonNode w = weightsNode.get(i);
                if (!w.isNumber()) {
                    throw new IllegalArgumentException("weights[" + i + "] is not a number");
                }
                weights[i] = w.doubleValue();
            }
            String expected = required(root, "weightsSha256").asText();
            if (!expected.equals(sha256(weights))) {
                throw new IllegalArgumentException("the weights do not match their checksum "
                        + "(the file is corrupt)");
            }
            JsonNode adaptation = root.get("adaptation");
            return new BellamyModel(config, weights, pipeline, hp, training, provenance,
                    adaptation == null || adaptation.isNull() ? null
                            : AdaptationJson.fromJson(adaptation));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    private static JsonNode required(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return node;
    }

    /** SHA-256 of the weights as big-endian IEEE-754 doubles, in hex. */
    public static String sha256(double[] weights) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(8 * weights.length);
            for (double w : weights) {
                buffer.putDouble(w);
            }
            return HexFormat.of().formatHex(digest.digest(buffer.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
