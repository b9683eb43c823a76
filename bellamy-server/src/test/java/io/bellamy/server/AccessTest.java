package io.bellamy.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.bellamy.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens: reads need the read token, writes the write token, health and metrics none. */
class AccessTest {

    @TempDir
    Path dir;

    private static final String RUN = "{\"algorithm\": \"grep\", \"instance_count\": 2, "
            + "\"gross_runtime\": 100, \"run_id\": \"access-1\"}";

    @Test
    void endpointsRequireTheirTokenAndHealthAndMetricsNone() throws Exception {
        Files.writeString(dir.resolve("read.token"), "read-secret\n");
        Files.writeString(dir.resolve("write.token"), "  write-secret  \n");
        AccessTokens tokens = AccessTokens.fromFiles(dir.resolve("read.token"),
                dir.resolve("write.token"));
        try (RunStore store = TestServers.storeWith(dir, Set.of());
                BellamyServer server = BellamyServer.start(
                        TestServers.options(dir.resolve("models")).withTokens(tokens), store)) {
            Http anonymous = new Http(server.uri(), null);
            Http.Response denied = anonymous.get("/v1/models");
            BellamyServerTest.assertProblem(denied, 401, null);
            assertEquals("Bearer realm=\"bellamy\"",
                    denied.raw().headers().firstValue("WWW-Authenticate").orElseThrow());
            BellamyServerTest.assertProblem(anonymous.withToken("read-secreT").get("/v1/models"),
                    401, null);
            BellamyServerTest.assertProblem(anonymous.post("/v1/predictions", "{}"), 401, null);
            BellamyServerTest.assertProblem(anonymous.get("/v1/jobs/1"), 401, null);
            assertEquals(200, anonymous.withToken("read-secret").get("/v1/models").status());
            assertEquals(200, anonymous.withToken("write-secret").get("/v1/models").status());
            BellamyServerTest.assertProblem(anonymous.withToken("read-secret").post("/v1/runs", RUN),
                    403, null);
            BellamyServerTest.assertProblem(anonymous.post("/v1/runs", RUN), 401, null);
            BellamyServerTest.assertProblem(anonymous.withToken("read-secret")
                    .post("/v1/models/c3o/grep/pretrain", ""), 403, null);
            assertEquals(201, anonymous.withToken("write-secret").post("/v1/runs", RUN).status());
            for (String open : new String[] {"/healthz", "/readyz", "/metrics", "/openapi.json"}) {
                assertEquals(200, anonymous.get(open).status(), open);
            }
        }
    }

    @Test
    void anEmptyTokenFileIsRefused() throws Exception {
        Files.writeString(dir.resolve("empty.token"), "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccessTokens.fromFiles(dir.resolve("empty.token"), null));
        assertEquals("token file " + dir.resolve("empty.token") + " is empty", e.getMessage());
    }

    @Test
    void aWriteTokenAloneLeavesReadsOpen() {
        AccessTokens tokens = new AccessTokens(null, "w");
        assertEquals(AccessTokens.Verdict.ALLOWED, tokens.check(Access.READ, null));
        assertEquals(AccessTokens.Verdict.MISSING_OR_WRONG, tokens.check(Access.WRITE, null));
        assertEquals(AccessTokens.Verdict.ALLOWED, tokens.check(Access.WRITE, "Bearer w"));
        assertEquals(AccessTokens.Verdict.MISSING_OR_WRONG, tokens.check(Access.WRITE, "Basic w"));
    }
}
