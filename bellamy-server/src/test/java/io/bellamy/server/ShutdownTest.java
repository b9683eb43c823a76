package io.bellamy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bellamy.store.RunQuery;
import io.bellamy.store.RunStore;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graceful shutdown: requests in flight finish, new work is refused, jobs are cancelled. */
class ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void inFlightRequestsFinishAndPretrainingIsCancelled() throws Exception {
        try (RunStore store = TestServers.storeWith(dir, Set.of("grep"))) {
            BellamyServer server = BellamyServer.start(TestServers.options(dir.resolve("models")),
                    store);
            Http http = new Http(server.uri(), null);
            Http.Response accepted = http.post("/v1/models/c3o/grep/pretrain",
                    "{\"search\": false, \"max_epochs\": 100000}");
            assertEquals(202, accepted.status(), accepted.body());
            String jobUrl = accepted.json().get("url").asText();
            while (!http.get(jobUrl).json().get("state").asText().equals("running")) {
                Thread.sleep(20);
            }
            // a request whose body is still arriving when shutdown starts
            byte[] head = "{\"algorithm\": \"grep\", \"instance_count\": 3, ".getBytes(
                    StandardCharsets.UTF_8);
            byte[] tail = "\"gross_runtime\": 123.5, \"run_id\": \"in-flight\"}".getBytes(
                    StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/runs HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + "application/json\r\nConnection: close\r\nContent-Length: "
                        + (head.length + tail.length) + "\r\n\r\n").getBytes(
                                StandardCharsets.US_ASCII));
                out.write(head);
                out.flush();
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (server.inFlight() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertEquals(1, server.inFlight());
                CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
                Thread.sleep(300);
                assertFalse(closing.isDone(), "close waits for the request in flight");
                assertEquals(503, http.get("/readyz").status());
                BellamyServerTest.assertProblem(http.get("/v1/models"), 503, null);
                out.write(tail);
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(response.startsWith("HTTP/1.1 201"), response);
                closing.get(30, TimeUnit.SECONDS);
            }
            assertEquals(1, store.runs(RunQuery.of("grep").withSources(Set.of("api"))).size());
            assertFalse(Files.exists(dir.resolve("models/c3o/grep/model.json")),
                    "a cancelled job writes no model");
            JsonNode job = server.jobs().get(jobUrl.substring(jobUrl.lastIndexOf('/') + 1))
                    .toJson(Http.JSON);
            assertEquals("cancelled", job.get("state").asText(), job.toString());
        }
    }
}
