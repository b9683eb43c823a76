package io.bellamy.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Downloads the public datasets ({@link PublicDataset}) over HTTP(S) into a data directory,
 * as {@code <base>/c3o/grep.tsv} and so on.
 *
 * <p>Each file is streamed into a temporary file next to its destination, its SHA-256 is
 * compared with the pinned checksum, and only then is it moved into place atomically. A failed
 * or tampered download leaves neither a partial nor a temporary file (nor a directory this
 * fetch created and left empty); files fetched before the failure stay, being complete and
 * verified. Files already present with the right checksum are skipped; present files with
 * another checksum are replaced. The connect timeout bounds connecting, the request timeout
 * the wait for the response headers.
 */
public final class DatasetFetcher {

    /** Where the prototype publishes the datasets. */
    public static final URI DEFAULT_BASE_URL = URI.create(
            "https://raw.githubusercontent.com/dos-group/bellamy-runtime-prediction/main/data");
    /** Default time allowed to connect. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Default time allowed for the response headers to arrive. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Largest accepted file; the public files are below 100 KB. */
    static final long MAX_BYTES = 64L << 20;

    private final String base;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final HttpClient client;

    /**
     * Creates a fetcher.
     *
     * @param baseUrl http or https URL of the directory holding {@code c3o/} and {@code bell/}
     * @param connectTimeout positive
     * @param requestTimeout positive
     */
    public DatasetFetcher(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("base URL must be http or https, got '" + baseUrl
                    + "'");
        }
        this.connectTimeout = positive("connectTimeout", connectTimeout);
        this.requestTimeout = positive("requestTimeout", requestTimeout);
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A fetcher from the given base URL with the default timeouts. */
    public DatasetFetcher(URI baseUrl) {
        this(baseUrl, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    private static Duration positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    /** The URL a dataset file is downloaded from. */
    public URI urlOf(PublicDataset file) {
        return URI.create(base + "/" + file.relativePath());
    }

    /**
     * Makes every public dataset file present and verified in the data directory, creating it
     * if needed.
     *
     * @param dataDir the data directory
     * @param listener progress, called on this thread
     * @return which files were downloaded and which skipped
     * @throws DatasetFetchException naming the URL when a download fails (HTTP status,
     *     connection refused, timeout) or its checksum does not match
     */
    public FetchResult fetch(Path dataDir, FetchListener listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        Path dir = dataDir.toAbsolutePath().normalize();
        List<PublicDataset> downloaded = new ArrayList<>();
        List<PublicDataset> skipped = new ArrayList<>();
        Deque<Path> created = new ArrayDeque<>();
        try {
            for (PublicDataset file : PublicDataset.values()) {
                Path target = dir.resolve(file.relativePath());
                if (Files.isRegularFile(target) && Sha256.of(target).equals(file.sha256())) {
                    skipped.add(file);
                    listener.skipped(file, target);
                    continue;
                }
                createDirectories(target.getParent(), created);
                download(file, target, listener);
                downloaded.add(file);
            }
        } catch (IOException | RuntimeException e) {
            removeIfEmpty(created, e);
            throw e;
        }
        return new FetchResult(downloaded, skipped);
    }

    private void download(PublicDataset file, Path target, FetchListener listener)
            throws IOException {
        URI url = urlOf(file);
        listener.downloading(file, url);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".",
                ".part");
        boolean moved = false;
        try {
            MessageDigest digest = Sha256.newDigest();
            long bytes;
            HttpResponse<InputStream> response = send(url);
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new DatasetFetchException("cannot download " + url + ": HTTP status "
                            + response.statusCode(), null);
                }
                bytes = copy(url, body, temp, digest);
            }
            String actual = Sha256.hex(digest);
            if (!actual.equals(file.sha256())) {
                throw new DatasetFetchException("checksum mismatch for " + url
                        + ": expected sha256 " + file.sha256() + ", got " + actual
                        + "; the download was discarded", null);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            listener.downloaded(file, target, bytes);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private HttpResponse<InputStream> send(URI url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(requestTimeout).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new DatasetFetchException("cannot download " + url + ": no connection within "
                    + seconds(connectTimeout), e);
        } catch (HttpTimeoutException e) {
            throw new DatasetFetchException("cannot download " + url + ": no response within "
                    + seconds(requestTimeout), e);
        } catch (ConnectException e) {
            // the JDK client reports a refused connection as a ConnectException without message
            throw new DatasetFetchException("cannot download " + url + ": cannot connect to "
                    + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                    + " (" + (e.getMessage() == null ? "connection refused" : rootMessage(e))
                    + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException(
                    "download of " + url + " interrupted");
            io.initCause(e);
            throw io;
        } catch (IOException e) {
            throw new DatasetFetchException("cannot download " + url + ": " + rootMessage(e), e);
        }
    }

    private static long copy(URI url, InputStream body, Path temp, MessageDigest digest)
            throws IOException {
        long total = 0;
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(temp)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new DatasetFetchException("cannot download " + url
                            + ": larger than " + MAX_BYTES + " bytes", null);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (DatasetFetchException e) {
            throw e;
        } catch (IOException e) {
            throw new DatasetFetchException("cannot download " + url + ": " + rootMessage(e), e);
        }
        return total;
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0))
                + " s";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
            t = t.getCause();
        }
        return message != null ? message : e.getClass().getSimpleName();
    }

    /** Creates the missing directories, remembering them deepest last. */
    private static void createDirectories(Path dir, Deque<Path> created) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        Files.createDirectories(dir);
        missing.forEach(created::push);
    }

    /**
     * Removes, deepest first, the directories this fetch created that are still empty; a
     * failure to do so is added to the original failure as suppressed.
     */
    private static void removeIfEmpty(Deque<Path> created, Throwable failure) {
        for (Path dir : created) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
