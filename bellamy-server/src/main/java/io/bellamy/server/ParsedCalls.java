package io.bellamy.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request-file form of {@code POST /v1/predictions} parsed once per distinct input: the
 * call of query parameters, body and body type that {@link PredictionCall#fromRequestFile}
 * made before, least recently used first out. Parsing is a function of these alone, so a kept
 * call is the call a new parse would make; a repeated request (what {@code bellamy predict
 * --server} sends) then skips the YAML parser. Input that does not parse is never kept, and its
 * problem is reported each time; a body over {@link #MAX_KEPT_CHARS} is parsed every time, so the
 * kept calls stay within a few MB whatever clients send. Thread-safe.
 */
final class ParsedCalls {

    /** The longest body kept (a request file is usually well under 1 KB). */
    static final int MAX_KEPT_CHARS = 4096;

    /** What a call is parsed from. */
    private record Input(Map<String, List<String>> query, String text, boolean isJson) {
    }

    private final Map<Input, PredictionCall> calls;

    /** @param maxEntries most calls kept, at least 1 */
    ParsedCalls(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("parsed-call cache size must be >= 1, got "
                    + maxEntries);
        }
        this.calls = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Input, PredictionCall> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /**
     * As {@link PredictionCall#fromRequestFile}, answered from the kept calls when this input
     * was parsed before.
     */
    PredictionCall fromRequestFile(Map<String, List<String>> query, String text, boolean isJson) {
        if (text.length() > MAX_KEPT_CHARS) {
            return PredictionCall.fromRequestFile(query, text, isJson);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        Input input = new Input(copy, text, isJson);
        synchronized (this) {
            PredictionCall kept = calls.get(input);
            if (kept != null) {
                return kept;
            }
        }
        PredictionCall call = PredictionCall.fromRequestFile(query, text, isJson);
        synchronized (this) {
            calls.put(input, call);
        }
        return call;
    }
}
