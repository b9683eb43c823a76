package io.bellamy.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code bellamy predict --server URL}: sends the request file to a running {@code bellamy serve}
 * (the request-file form of {@code POST /v1/predictions}, the other options as query parameters)
 * and returns the server's rendering, the table or the JSON document. The {@code ./bellamy}
 * launcher sends the same request itself (bash over {@code /dev/tcp}, or curl), without starting
 * Java.
 */
final class ServerClient {

    /** Environment variable naming the server when {@code --server} is not given. */
    static final String SERVER_ENV = "BELLAMY_SERVER";
    /** Environment variable holding the bearer token when {@code --token-file} is not given. */
    static final String TOKEN_ENV = "BELLAMY_TOKEN";

    private final URI base;
    private final String token;

    /**
     * @param server the server's base URL, {@code http://} or {@code https://}
     * @param token the bearer token, or {@code null}
     * @throws UsageException for a URL that is not http(s)
     */
    ServerClient(String server, String token) {
        URI uri;
        try {
            uri = URI.create(server.endsWith("/") ? server : server + "/");
        } catch (IllegalArgumentException e) {
            throw new UsageException("--server must be an http:// or https:// URL, got '"
                    + server + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new UsageException("--server must be an http:// or https:// URL, got '"
                    + server + "'");
        }
        this.base = uri;
        this.token = token;
    }

    /**
     * The server's answer to one prediction.
     *
     * @param query the query parameters besides {@code format} (null values are left out)
     * @param requestFile the request file, sent as it is ({@code .json}: JSON, else YAML)
     * @param table whether to ask for the table (else the JSON document)
     * @return the body of a 200 answer
     * @throws IllegalStateException with the server's one-line detail for any other status, or
     *     naming the URL when the server cannot be reached
     */
    String predict(Map<String, String> query, Path requestFile, boolean table) {
        StringJoiner q = new StringJoiner("&", "v1/predictions?", "");
        query.forEach((name, value) -> {
            if (value != null) {
                q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        q.add("format=" + (table ? "table" : "json"));
        URI uri = base.resolve(q.toString());
        boolean json = requestFile.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(".json");
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .header("Content-Type", json ? "application/json" : "application/yaml")
                    .header("Accept", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofFile(requestFile));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read request file " + requestFile + ": "
                    + e.getMessage(), e);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the server at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + base, e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the server at " + base + " answered "
                    + response.statusCode() + ": " + response.body().strip());
        }
        return response.body();
    }
}
