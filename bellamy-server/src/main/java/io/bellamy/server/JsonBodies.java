package io.bellamy.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads request bodies as JSON trees, enforcing the size limit (413) whether or not the client
 * sent a {@code Content-Length}, and reporting malformed JSON with its line and column (400).
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
            throw ApiProblem.unsupportedMediaType(type);
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
