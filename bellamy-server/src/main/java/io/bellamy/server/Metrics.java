package io.bellamy.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts and latencies per endpoint, in the Prometheus text exposition format (0.0.4).
 * Written by hand: a handful of counters and one histogram do not need a metrics library.
 * Thread-safe.
 */
final class Metrics {

    /** Upper bounds of the latency histogram's buckets, seconds. */
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
        2.5, 5, 10, 30};

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();

    /** One latency histogram: counts per bucket, sum in nanoseconds, total count. */
    private static final class Histogram {
        final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length);
        final AtomicLong sumNanos = new AtomicLong();
        final AtomicLong count = new AtomicLong();

        void observe(long nanos) {
            double seconds = nanos / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets.incrementAndGet(i);
                    break;
                }
            }
            sumNanos.addAndGet(nanos);
            count.incrementAndGet();
        }
    }

    /**
     * Records one answered request.
     *
     * @param method the HTTP method
     * @param endpoint the route template, e.g. {@code /v1/models/{target}/{algorithm}}
     * @param status the response status
     * @param nanos how long it took
     */
    void record(String method, String endpoint, int status, long nanos) {
        String labels = "method=\"" + method + "\",endpoint=\"" + endpoint + "\"";
        counts.computeIfAbsent(labels + ",status=\"" + status + "\"", k -> new LongAdder())
                .increment();
        latencies.computeIfAbsent(labels, k -> new Histogram()).observe(nanos);
    }

    /** Requests counted for an endpoint and status so far (for tests and the benchmark). */
    long count(String method, String endpoint, int status) {
        LongAdder a = counts.get("method=\"" + method + "\",endpoint=\"" + endpoint
                + "\",status=\"" + status + "\"");
        return a == null ? 0 : a.sum();
    }

    /**
     * The exposition text.
     *
     * @param counters further counters (name to value), e.g. cache hits; written as counters
     * @param gauges further gauges (name with labels to value)
     */
    String render(Map<String, Long> counters, Map<String, Long> gauges) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP bellamy_http_requests_total HTTP requests answered, by endpoint and "
                + "status.\n# TYPE bellamy_http_requests_total counter\n");
        new TreeMap<>(counts).forEach((labels, n) -> out.append("bellamy_http_requests_total{")
                .append(labels).append("} ").append(n.sum()).append('\n'));
        out.append("# HELP bellamy_http_request_duration_seconds Time to answer a request, by "
                + "endpoint.\n# TYPE bellamy_http_request_duration_seconds histogram\n");
        new TreeMap<>(latencies).forEach((labels, h) -> {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += h.buckets.get(i);
                out.append("bellamy_http_request_duration_seconds_bucket{").append(labels)
                        .append(",le=\"").append(format(BUCKETS[i])).append("\"} ")
                        .append(cumulative).append('\n');
            }
            long count = h.count.get();
            out.append("bellamy_http_request_duration_seconds_bucket{").append(labels)
                    .append(",le=\"+Inf\"} ").append(count).append('\n');
            out.append("bellamy_http_request_duration_seconds_sum{").append(labels).append("} ")
                    .append(format(h.sumNanos.get() / 1e9)).append('\n');
            out.append("bellamy_http_request_duration_seconds_count{").append(labels).append("} ")
                    .append(count).append('\n');
        });
        writeFamily(out, counters, "counter");
        writeFamily(out, gauges, "gauge");
        return out.toString();
    }

    private static void writeFamily(StringBuilder out, Map<String, Long> values, String kind) {
        String lastName = null;
        for (Map.Entry<String, Long> e : new TreeMap<>(values).entrySet()) {
            String key = e.getKey();
            int brace = key.indexOf('{');
            String name = brace < 0 ? key : key.substring(0, brace);
            if (!name.equals(lastName)) {
                out.append("# TYPE ").append(name).append(' ').append(kind).append('\n');
                lastName = name;
            }
            out.append(key).append(' ').append(e.getValue()).append('\n');
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
