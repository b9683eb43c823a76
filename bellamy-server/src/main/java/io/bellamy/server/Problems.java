package io.bellamy.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.store.StoreException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that maps exceptions to HTTP statuses and writes them as RFC 9457 problem
 * documents ({@code application/problem+json}: type, title, status, detail, instance, and
 * {@code field} for a bad value), or, to a client that asked for the prediction table
 * ({@link ResponseFormat#wantsText}), as the detail alone on one line of {@code text/plain}.
 *
 * <ul>
 *   <li>{@link ApiProblem}: its own status (400, 401, 403, 404, 409, 413, 415, 503)</li>
 *   <li>{@link IllegalArgumentException}: 400 (the core rejects bad input this way)</li>
 *   <li>Javalin's {@link HttpResponseException}: its status (404 unmatched route, 405, 413)</li>
 *   <li>{@link StoreException}: 503, the database is unavailable</li>
 *   <li>anything else: 500, logged with its stack trace; the detail is not shown</li>
 * </ul>
 */
final class Problems {

    /** Base of the {@code type} URIs. */
    static final String TYPE_BASE = "https://bellamy.io/problems/";
    static final String CONTENT_TYPE = "application/problem+json";
    /** Request attribute set once a problem was written, so the 404 fallback leaves it alone. */
    static final String WRITTEN = "bellamy.problem-written";

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the problem document of {@code e} to the response. */
    void write(Context ctx, Exception e) {
        ObjectNode doc = json.createObjectNode();
        int status;
        String type;
        String detail = e.getMessage();
        if (e instanceof ApiProblem p) {
            status = p.status();
            type = p.type();
            if (p.field() != null) {
                doc.put("field", p.field());
            }
            for (Map.Entry<String, Object> x : p.extensions().entrySet()) {
                doc.set(x.getKey(), json.valueToTree(x.getValue()));
            }
            if (status == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"bellamy\"");
            }
        } else if (e instanceof IllegalArgumentException) {
            status = 400;
            type = "invalid-request";
        } else if (e instanceof HttpResponseException h) {
            status = h.getStatus();
            type = status == 404 ? "not-found" : status == 413 ? "body-too-large"
                    : "http-" + status;
        } else if (e instanceof StoreException) {
            status = 503;
            type = "store-unavailable";
            LOG.log(Level.WARNING, "store failure on " + ctx.method() + " " + ctx.path(), e);
        } else {
            status = 500;
            type = "internal-error";
            detail = "the server failed to answer; see its log";
            LOG.log(Level.SEVERE, "unexpected failure on " + ctx.method() + " " + ctx.path(), e);
        }
        String shownDetail = detail == null ? title(status) : detail;
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(status);
        if (ResponseFormat.wantsText(ctx)) {
            // a client reading tables (e.g. the command-line launcher) gets the detail alone
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(shownDetail.strip().replaceAll("\\s*\\R\\s*", " ") + "\n");
            return;
        }
        doc.put("type", TYPE_BASE + type);
        doc.put("title", title(status));
        doc.put("status", status);
        doc.put("detail", shownDetail);
        doc.put("instance", ctx.path());
        ctx.contentType(CONTENT_TYPE);
        ctx.result(doc.toString());
    }

    /** The HTTP reason phrase of the statuses the server uses. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            case 500 -> "Internal Server Error";
            default -> "HTTP " + status;
        };
    }
}
