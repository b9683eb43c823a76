package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./bellamy} launcher script, run with bash: {@code predict --server} answered by bash
 * itself (or curl) against a recording HTTP server, and every other case handed to Java, here a stub
 * {@code java} on the PATH that records its arguments. The script runs from a copy in a
 * temporary directory with a stand-in jar, so it never builds anything.
 */
class LauncherTest {

    /** Where the jar holds the SQLite library of this machine (glibc Linux). */
    private static final String SQLITE_ENTRY = "org/sqlite/native/Linux/"
            + (System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x86_64")
            + "/libsqlitejdbc.so";

    @TempDir
    Path dir;

    private Path launcher;
    private Path javaLog;
    private HttpServer server;
    private String url;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private int answerStatus = 200;
    private String answerBody = "the table\n";
    private boolean chunked;

    /** One request the fake server received. */
    record Recorded(String method, String pathAndQuery, Map<String, String> headers, String body) {
    }

    /** What a launcher run printed. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        Path root = Path.of(System.getProperty("bellamy.repo.root", ".")).toAbsolutePath();
        Path copy = dir.resolve("repo");
        Files.createDirectories(copy.resolve("bellamy-cli/target"));
        launcher = Files.copy(root.resolve("bellamy"), copy.resolve("bellamy"));
        // a stand-in jar holding only the SQLite driver's native library for this machine
        try (ZipOutputStream jar = new ZipOutputStream(Files.newOutputStream(
                copy.resolve("bellamy-cli/target/bellamy.jar")))) {
            jar.putNextEntry(new ZipEntry(SQLITE_ENTRY));
            jar.write("native library".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        javaLog = dir.resolve("java.log");
        Path java = bin.resolve("java");
        // records each call on one line; makes the archive a recording run asks for
        Files.writeString(java, """
                #!/usr/bin/env bash
                echo "$*" >> "%s"
                for a in "$@"; do
                  case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;; esac
                done
                """.formatted(javaLog));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("request.yml"), "min_scale_out: 2\n");
        Files.writeString(dir.resolve("request.json"), "{\"min_scale_out\": 2}");

        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(),
                    String.join(",", v)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            requests.add(new Recorded(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath() + "?"
                            + exchange.getRequestURI().getRawQuery(), headers, body));
            byte[] answer = answerBody.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(answerStatus, chunked ? 0 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("BELLAMY_SERVER");
        pb.environment().remove("BELLAMY_TOKEN");
        pb.environment().remove("BELLAMY_NO_CDS");
        pb.environment().remove("BELLAMY_JAVA_OPTS");
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), out, err);
    }

    private List<String> javaCalls() throws IOException {
        return Files.exists(javaLog) ? Files.readAllLines(javaLog) : List.of();
    }

    @Test
    void predictWithAServerIsOneRequestAndNoJava() throws Exception {
        Run r = run(Map.of(), "predict", "--server", url, "-tt", "c3o", "-a", "grep",
                "-r", "request.yml", "--policy", "deadline", "--deadline", "600",
                "--price=0.25");

        assertEquals(new Run(0, "the table\n", ""), r);
        assertEquals(List.of(), javaCalls());
        assertEquals(1, requests.size());
        Recorded q = requests.get(0);
        assertEquals("POST", q.method());
        assertEquals("/v1/predictions?algorithm=grep&training_target=c3o&policy=deadline"
                + "&deadline_s=600&confidence=0.95&price_per_node_hour=0.25&format=table",
                q.pathAndQuery());
        assertEquals("application/yaml", q.headers().get("content-type"));
        assertEquals("text/plain", q.headers().get("accept"));
        assertEquals("min_scale_out: 2\n", q.body());
        assertFalse(q.headers().containsKey("authorization"));
    }

    @Test
    void chunkedAnswersAndServersBehindAPathAreReadToo() throws Exception {
        chunked = true;
        answerBody = "line one\n" + "x".repeat(5000) + "\nline three\n";

        Run direct = run(Map.of(), "predict", "--server", url, "-a", "grep", "-r", "request.yml");
        // a path prefix is left to curl
        Run prefixed = run(Map.of(), "predict", "--server", url + "/bellamy/", "-a", "grep", "-r",
                "request.yml");

        assertEquals(new Run(0, answerBody, ""), direct);
        assertEquals(new Run(0, answerBody, ""), prefixed);
        assertEquals("/bellamy/v1/predictions?algorithm=grep&training_target=c3o&policy=fastest"
                + "&format=table", requests.get(1).pathAndQuery());
        assertEquals(List.of(), javaCalls());
    }

    @Test
    void theServerCanComeFromTheEnvironmentWithItsToken() throws Exception {
        Files.writeString(dir.resolve("token.txt"), "from-file\n");

        Run env = run(Map.of("BELLAMY_SERVER", url + "/", "BELLAMY_TOKEN", "s3cret"), "predict",
                "-a", "my algo", "-r", "request.json", "--format", "json");
        Run file = run(Map.of("BELLAMY_SERVER", url), "predict", "-a", "grep", "-r",
                "request.yml", "--token-file", "token.txt");

        assertEquals(0, env.code(), env.err());
        assertEquals(0, file.code(), file.err());
        Recorded q = requests.get(0);
        assertEquals("/v1/predictions?algorithm=my%20algo&training_target=c3o&policy=fastest"
                + "&format=json", q.pathAndQuery());
        assertEquals("application/json", q.headers().get("content-type"));
        assertEquals("Bearer s3cret", q.headers().get("authorization"));
        assertEquals("Bearer from-file", requests.get(1).headers().get("authorization"));
        assertEquals(List.of(), javaCalls());
    }

    @Test
    void aServerErrorIsOneLineOnStandardErrorAndExitCodeOne() throws Exception {
        answerStatus = 404;
        answerBody = "no pre-trained model for algorithm 'sort'\n";

        Run r = run(Map.of(), "predict", "--server", url, "-a", "sort", "-r", "request.yml");

        assertEquals(new Run(1, "", "bellamy: error: the server at " + url + "/ answered 404: "
                + "no pre-trained model for algorithm 'sort'\n"), r);
    }

    @Test
    void anUnreachableServerIsAnError() throws Exception {
        server.stop(0);

        Run r = run(Map.of(), "predict", "--server", url, "-a", "grep", "-r", "request.yml");

        assertEquals(1, r.code());
        assertTrue(r.err().endsWith("bellamy: error: cannot reach the server at " + url + "/\n"),
                r.err());
        assertEquals(List.of(), javaCalls());
    }

    @Test
    void whatCurlCannotDoTheSameWayIsLeftToJava() throws Exception {
        String[][] cases = {
            {"predict", "--server", url, "-a", "grep", "-r", "request.yml", "--plot", "p.png"},
            {"predict", "--server", url, "-a", "grep", "-r", "request.yml", "--deadline", "soon"},
            {"predict", "--server", url, "-a", "grep", "-r", "request.yml", "--policy",
                "deadline"},
            {"predict", "--server", url, "-a", "grep", "-r", "missing.yml"},
            {"predict", "--server", url, "-a", "grep", "-r", "request.yml", "--help"},
            {"predict", "--server", "ftp://host", "-a", "grep", "-r", "request.yml"},
            {"predict", "-a", "grep", "-r", "request.yml"},
        };
        for (String[] args : cases) {
            Files.deleteIfExists(javaLog);
            Run r = run(Map.of(), args);
            assertEquals(0, r.code(), r.err());
            List<String> calls = javaCalls();
            String last = calls.get(calls.size() - 1);
            assertTrue(last.endsWith("-jar " + launcher.getParent()
                    .resolve("bellamy-cli/target/bellamy.jar") + " " + String.join(" ", args)),
                    last);
        }
        assertEquals(List.of(), requests);
    }

    @Test
    void shortCommandsGetTheQuickStartOptionsTheArchiveAndTheUnpackedSqliteLibrary()
            throws Exception {
        Run predict = run(Map.of(), "predict", "-a", "grep", "-r", "request.yml");
        List<String> calls = javaCalls();

        assertEquals(0, predict.code(), predict.err());
        assertTrue(predict.err().contains("recording the class-data-sharing archive"),
                predict.err());
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.get(0).contains("-XX:ArchiveClassesAtExit="), calls.get(0));
        assertTrue(calls.get(0).endsWith("-cp " + launcher.getParent()
                .resolve("bellamy-cli/target/bellamy.jar") + " io.bellamy.cli.ArchiveTraining"),
                calls.get(0));
        String jsa = "-XX:SharedArchiveFile=" + launcher.getParent()
                .resolve("bellamy-cli/target/bellamy.jsa");
        assertTrue(calls.get(1).startsWith("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC "),
                calls.get(1));
        assertTrue(calls.get(1).contains(jsa), calls.get(1));

        Path target = launcher.getParent().resolve("bellamy-cli/target");
        assertEquals("native library", Files.readString(target.resolve("native/libsqlitejdbc.so")));
        assertTrue(calls.get(1).contains(" -Dorg.sqlite.lib.path=" + target.resolve("native")
                + " -Dorg.sqlite.lib.name=libsqlitejdbc.so "), calls.get(1));

        Files.delete(javaLog);
        run(Map.of("BELLAMY_JAVA_OPTS", "-Xmx1g"), "pretrain", "-a", "grep");
        String pretrain = javaCalls().get(0);
        assertFalse(pretrain.contains("TieredStopAtLevel"), pretrain);
        assertTrue(pretrain.contains(jsa), pretrain);
        assertTrue(pretrain.contains(" -Xmx1g -jar "), pretrain);

        Files.delete(javaLog);
        run(Map.of("BELLAMY_NO_CDS", "1"), "predict", "-a", "grep", "-r", "request.yml");
        assertFalse(javaCalls().get(0).contains("SharedArchiveFile"), javaCalls().toString());
    }
}
