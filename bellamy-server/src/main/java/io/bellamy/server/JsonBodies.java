package io.bellamy.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies as JSON trees (or, for predictions, as a request file), enforcing the size
 * limit (413) whether or not the client sent a {@code Content-Length}, and reporting malformed
 * JSON with its line and column (400).
 */
final class JsonBodies {

    private final ObjectMapper json;
    private final long maxBytes;

    /**
     * @param json the mapper (strict: duplicate keys and trailing tokens are errors)
     * @param maxBytes the largest body accepted
     */
    JsonBodies(ObjectMapper json, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("body limit must be >= 1 byte, got " + maxBytes);
        }
        this.json = json;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The body as a JSON tree; {@code null} for an empty body when {@code optional}. */
    JsonNode read(Context ctx, boolean optional) {
        String type = ctx.contentType();
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw ApiProblem.tooLarge(maxBytes);
        }
        byte[] body = readLimited(ctx);
        if (body.length == 0) {
            if (optional) {
                return null;
            }
            throw ApiProblem.malformed("the request body is empty; expected a JSON object", null);
        }
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")
                && !type.toLowerCase(java.util.Locale.ROOT).contains("+json")) {
            throw ApiProblem.unsupportedMediaType(type, "application/json");
        }
        try {
            JsonNode tree = json.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ApiProblem.malformed("the request body must be a JSON object", null);
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ApiProblem.malformed("malformed JSON" + (at == null ? "" : " at line "
                    + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body of the request-file form of {@code POST /v1/predictions}: the file
     * {@code bellamy predict -r} reads, as UTF-8 text, and whether it is JSON
     * ({@code application/json}) or YAML ({@code application/yaml}, {@code application/x-yaml},
     * {@code text/yaml}); 415 for another type, 413 above the limit.
     */
    RequestFile requestFile(Context ctx) {
        String type = ctx.contentType() == null ? ""
                : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        boolean isJson = type.startsWith("application/json") || type.contains("+json");
        boolean isYaml = type.startsWith("application/yaml") || type.startsWith("application/x-yaml")
                || type.startsWith("text/yaml") || type.startsWith("text/x-yaml");
        if (!isJson && !isYaml) {
            throw ApiProblem.unsupportedMediaType(ctx.contentType() == null ? "no Content-Type"
                    : ctx.contentType(),
                    "application/yaml or application/json (the request file)");
        }
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw ApiProblem.tooLarge(maxBytes);
        }
        return new RequestFile(new String(readLimited(ctx), StandardCharsets.UTF_8), isJson);
    }

    /**
     * A request file sent as the body.
     *
     * @param text its content
     * @param isJson JSON rather than YAML
     */
    record RequestFile(String text, boolean isJson) {
    }

    private byte[] readLimited(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw ApiProblem.tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiProblem.malformed("cannot read the request body: " + e.getMessage(), e);
        }
    }
}
