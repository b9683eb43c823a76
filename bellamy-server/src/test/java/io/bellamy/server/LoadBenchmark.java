package io.bellamy.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded request loop against a running server, from its own process: {@code threads} clients
 * each send {@code requests / threads} predictions of one body (after a warm-up), and the loop
 * reports requests/s, p50/p99 latency and errors (any status but 200, or an uncached answer after
 * the warm-up). JDK only, so it runs with just the test classes on the class path:
 *
 * <pre>
 * java -cp bellamy-server/target/test-classes io.bellamy.server.LoadBenchmark \
 *     http://127.0.0.1:8080 predict.json 20000 8
 * </pre>
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    /** Runs the benchmark: base URL, body file, total requests, client threads. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: LoadBenchmark BASE_URL BODY_FILE REQUESTS "
                    + "THREADS");
        }
        URI uri = URI.create(args[0]).resolve("/v1/predictions");
        String body = Files.readString(Path.of(args[1]));
        int total = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int i = 0; i < Math.min(200, total); i++) { // warm-up: fills the cache, JIT
            client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        int perThread = total / threads;
        long[] latencies = new long[perThread * threads];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        Future<?>[] futures = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            int offset = t * perThread;
            futures[t] = pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request,
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 || !r.body().contains("\"cached\":true")) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies[offset + i] = System.nanoTime() - t0;
                }
            });
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "requests %d, threads %d, %.1f s: %.0f requests/s, "
                + "p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n", latencies.length, threads,
                seconds, latencies.length / seconds, quantile(latencies, 0.50) / 1e6,
                quantile(latencies, 0.99) / 1e6, latencies[latencies.length - 1] / 1e6,
                errors.get());
    }

    private static double quantile(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }
}
