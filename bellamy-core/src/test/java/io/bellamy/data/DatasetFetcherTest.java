package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches from a local HTTP server that serves the shared datasets, sometimes altered. */
class DatasetFetcherTest {

    private static final Duration SHORT = Duration.ofSeconds(5);

    @TempDir
    Path tmp;

    private HttpServer server;
    private final Set<String> tampered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile long delayMillis;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/data/", this::serve);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            String relative = exchange.getRequestURI().getPath().substring("/data/".length());
            Path file = Datasets.dir().resolve(relative).normalize();
            if (!file.startsWith(Datasets.dir()) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            if (tampered.contains(relative)) {
                body = altered(body);
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] altered(byte[] original) {
        byte[] copy = original.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data");
    }

    private DatasetFetcher fetcher() {
        return new DatasetFetcher(base(), SHORT, SHORT);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Every regular file below the directory, relative, sorted; empty when it is absent. */
    private static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> all() {
        return Stream.of(PublicDataset.values()).map(PublicDataset::relativePath).sorted().toList();
    }

    /** Records listener calls as text. */
    private static final class Recorder implements FetchListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void skipped(PublicDataset file, Path target) {
            events.add("skipped " + file.relativePath());
        }

        @Override
        public void downloading(PublicDataset file, URI url) {
            events.add("downloading " + url);
        }

        @Override
        public void downloaded(PublicDataset file, Path target, long bytes) {
            events.add("downloaded " + file.relativePath() + " " + bytes);
        }
    }

    @Test
    void pinnedChecksumsAreThoseOfTheSharedDatasets() throws Exception {
        for (PublicDataset file : PublicDataset.values()) {
            byte[] bytes = Files.readAllBytes(Datasets.dir().resolve(file.relativePath()));
            assertEquals(sha256(bytes), file.sha256(), file.relativePath());
        }
        assertEquals(List.of("bell/grep.csv", "bell/pagerank.csv", "bell/sgd.csv", "c3o/grep.tsv",
                "c3o/kmeans.tsv", "c3o/pagerank.tsv", "c3o/sgd.tsv", "c3o/sort.tsv"), all());
    }

    @Test
    void downloadsAllEightFilesThenSkipsThem() throws Exception {
        Path dataDir = tmp.resolve("data");
        Recorder recorder = new Recorder();
        FetchResult result = fetcher().fetch(dataDir, recorder);
        assertEquals(List.of(PublicDataset.values()), result.downloaded());
        assertEquals(List.of(), result.skipped());
        assertEquals(all(), filesUnder(dataDir));
        for (PublicDataset file : PublicDataset.values()) {
            byte[] expected = Files.readAllBytes(Datasets.dir().resolve(file.relativePath()));
            assertArrayEquals(expected, Files.readAllBytes(dataDir.resolve(file.relativePath())));
        }
        assertEquals(16, recorder.events.size());
        assertEquals("downloading " + base() + "/c3o/grep.tsv", recorder.events.get(0));
        long grepBytes = Files.size(Datasets.c3o("grep"));
        assertEquals("downloaded c3o/grep.tsv " + grepBytes, recorder.events.get(1));
        assertEquals(8, requests.get());

        Recorder again = new Recorder();
        FetchResult second = fetcher().fetch(dataDir, again);
        assertEquals(List.of(PublicDataset.values()), second.skipped());
        assertEquals(List.of(), second.downloaded());
        assertEquals("skipped c3o/grep.tsv", again.events.get(0));
        assertEquals(8, requests.get());
        assertEquals(810, DatasetCatalog.scan(dataDir).load(TrainingTarget.C3O, "grep").size());
    }

    @Test
    void replacesAFileWithTheWrongChecksum() throws Exception {
        Path dataDir = tmp.resolve("data");
        fetcher().fetch(dataDir, FetchListener.NONE);
        Files.writeString(dataDir.resolve("c3o/sort.tsv"), "stale");
        FetchResult result = fetcher().fetch(dataDir, FetchListener.NONE);
        assertEquals(List.of(PublicDataset.C3O_SORT), result.downloaded());
        assertArrayEquals(Files.readAllBytes(Datasets.c3o("sort")),
                Files.readAllBytes(dataDir.resolve("c3o/sort.tsv")));
    }

    @Test
    void checksumMismatchKeepsNothingOfTheTamperedFile() throws Exception {
        tampered.add("bell/sgd.csv");
        Path dataDir = tmp.resolve("data");
        DatasetFetchException e = assertThrows(DatasetFetchException.class,
                () -> fetcher().fetch(dataDir, FetchListener.NONE));
        String actual = sha256(altered(Files.readAllBytes(Datasets.bell("sgd"))));
        assertEquals("checksum mismatch for " + base() + "/bell/sgd.csv: expected sha256 "
                + PublicDataset.BELL_SGD.sha256() + ", got " + actual
                + "; the download was discarded", e.getMessage());
        List<String> kept = new ArrayList<>(all());
        kept.remove("bell/sgd.csv");
        assertEquals(kept, filesUnder(dataDir));
    }

    @Test
    void tamperedFirstFileLeavesNoFileAndNoCreatedDirectory() throws Exception {
        tampered.add("c3o/grep.tsv");
        Path dataDir = tmp.resolve("new/data");
        DatasetFetchException e = assertThrows(DatasetFetchException.class,
                () -> fetcher().fetch(dataDir, FetchListener.NONE));
        assertTrue(e.getMessage().startsWith("checksum mismatch for " + base() + "/c3o/grep.tsv"),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("new")));
    }

    @Test
    void httpNotFoundNamesTheUrlAndStatus() throws Exception {
        String missing = "http://127.0.0.1:" + server.getAddress().getPort() + "/missing/";
        DatasetFetcher fetcher = new DatasetFetcher(URI.create(missing), SHORT, SHORT);
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        DatasetFetchException e = assertThrows(DatasetFetchException.class,
                () -> fetcher.fetch(tmp, FetchListener.NONE));
        assertEquals("cannot download " + missing + "c3o/grep.tsv: HTTP status 404",
                e.getMessage());
        assertEquals(List.of("keep.txt"), filesUnder(tmp));
        assertFalse(Files.exists(tmp.resolve("c3o")));
    }

    @Test
    void connectionRefusedNamesTheUrl() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/data";
        DatasetFetcher fetcher = new DatasetFetcher(URI.create(url), SHORT, SHORT);
        Path dataDir = tmp.resolve("data");
        DatasetFetchException e = assertThrows(DatasetFetchException.class,
                () -> fetcher.fetch(dataDir, FetchListener.NONE));
        assertEquals("cannot download " + url + "/c3o/grep.tsv: cannot connect to 127.0.0.1:"
                + port + " (connection refused)", e.getMessage());
        assertEquals(List.of(), filesUnder(tmp));
    }

    @Test
    void slowServerTimesOut() throws Exception {
        delayMillis = 500;
        DatasetFetcher fetcher = new DatasetFetcher(base(), SHORT, Duration.ofMillis(100));
        DatasetFetchException e = assertThrows(DatasetFetchException.class,
                () -> fetcher.fetch(tmp.resolve("data"), FetchListener.NONE));
        assertEquals("cannot download " + base() + "/c3o/grep.tsv: no response within 0.1 s",
                e.getMessage());
        assertEquals(List.of(), filesUnder(tmp));
    }

    @Test
    void validatesItsConfiguration() {
        assertEquals(URI.create("https://raw.githubusercontent.com/dos-group/"
                        + "bellamy-runtime-prediction/main/data/c3o/grep.tsv"),
                new DatasetFetcher(DatasetFetcher.DEFAULT_BASE_URL).urlOf(PublicDataset.C3O_GREP));
        assertEquals(URI.create("http://h/x/bell/sgd.csv"),
                new DatasetFetcher(URI.create("http://h/x/")).urlOf(PublicDataset.BELL_SGD));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DatasetFetcher(URI.create("ftp://h/x")));
        assertEquals("base URL must be http or https, got 'ftp://h/x'", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new DatasetFetcher(base(), Duration.ZERO, SHORT));
    }
}
