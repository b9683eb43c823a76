package io.bellamy.server;

import java.util.Map;

/**
 * A failure the server reports with a specific status: what {@link Problems} turns into an
 * RFC 9457 problem document.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String field;
    private final transient Map<String, Object> extensions;

    private ApiProblem(int status, String type, String detail, String field,
            Map<String, Object> extensions, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.type = type;
        this.field = field;
        this.extensions = Map.copyOf(extensions);
    }

    /** 400: a bad value in the request, naming the field (a JSON path such as {@code runs[2].algorithm}). */
    static ApiProblem badField(String field, String detail) {
        return new ApiProblem(400, "invalid-field", detail, field, Map.of(), null);
    }

    /** 400: a bad value in the request, naming the field, with the cause chained. */
    static ApiProblem badField(String field, String detail, Throwable cause) {
        return new ApiProblem(400, "invalid-field", detail, field, Map.of(), cause);
    }

    /** 400: the body is not valid JSON. */
    static ApiProblem malformed(String detail, Throwable cause) {
        return new ApiProblem(400, "malformed-json", detail, null, Map.of(), cause);
    }

    /** 404: no such model, job or algorithm. */
    static ApiProblem notFound(String type, String detail) {
        return new ApiProblem(404, type, detail, null, Map.of(), null);
    }

    /** 409: the request conflicts with the server's state. */
    static ApiProblem conflict(String type, String detail, Map<String, Object> extensions) {
        return new ApiProblem(409, type, detail, null, extensions, null);
    }

    /** 413: the body exceeds the limit. */
    static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "body-too-large", "the request body exceeds the limit of "
                + limit + " bytes", null, Map.of("limit_bytes", limit), null);
    }

    /** 415: the body is not of the {@code expected} type(s). */
    static ApiProblem unsupportedMediaType(String contentType, String expected) {
        return new ApiProblem(415, "unsupported-media-type", "the body must be " + expected
                + ", got " + contentType, null, Map.of(), null);
    }

    /** 401: no or a wrong token. */
    static ApiProblem unauthorized() {
        return new ApiProblem(401, "unauthorized", "this endpoint requires "
                + "'Authorization: Bearer <token>' with a valid token", null, Map.of(), null);
    }

    /** 403: a read token used for a write. */
    static ApiProblem forbidden() {
        return new ApiProblem(403, "forbidden", "this endpoint writes and requires the write token",
                null, Map.of(), null);
    }

    /** 503: the server is shutting down or a dependency is unavailable. */
    static ApiProblem unavailable(String detail, Throwable cause) {
        return new ApiProblem(503, "unavailable", detail, null, Map.of(), cause);
    }

    int status() {
        return status;
    }

    /** A short slug, appended to the problem type URI. */
    String type() {
        return type;
    }

    /** The offending field, or {@code null}. */
    String field() {
        return field;
    }

    Map<String, Object> extensions() {
        return extensions;
    }
}
