package io.bellamy.server;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * What a prediction client reads: the JSON document, or the table {@code bellamy predict} prints
 * ({@code text/plain}). Chosen by the query parameter {@code format=json|table}, else by the
 * {@code Accept} header: {@code text/plain} without a JSON type means the table.
 */
enum ResponseFormat {
    /** The {@code bellamy-prediction/1} document, {@code application/json}. */
    JSON,
    /** The table, {@code text/plain}; problems then come as their one-line detail. */
    TABLE;

    /** The query parameter that chooses the format. */
    static final String PARAMETER = "format";

    /** The format a request asks for; 400 naming the parameter for another value. */
    static ResponseFormat of(Context ctx) {
        String format = ctx.queryParam(PARAMETER);
        if (format == null) {
            return acceptsTextOnly(ctx) ? TABLE : JSON;
        }
        return switch (format) {
            case "json" -> JSON;
            case "table" -> TABLE;
            default -> throw ApiProblem.badField(PARAMETER, "'format' must be json or table, got '"
                    + format + "'");
        };
    }

    /** Whether problems should be written as plain text: as {@link #of}, never failing. */
    static boolean wantsText(Context ctx) {
        String format = ctx.queryParam(PARAMETER);
        return format == null ? acceptsTextOnly(ctx) : format.equals("table");
    }

    private static boolean acceptsTextOnly(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        return a.contains("text/plain") && !a.contains("json");
    }
}
