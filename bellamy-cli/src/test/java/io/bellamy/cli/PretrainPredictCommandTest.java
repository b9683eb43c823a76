package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.config.BellamyConfig;
import io.bellamy.server.BellamyServer;
import io.bellamy.server.ServerOptions;
import io.bellamy.store.RunStore;
import io.bellamy.store.RunStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pre-trains a small grep model once, then drives predict through its outputs and errors. */
class PretrainPredictCommandTest {

    @TempDir
    static Path dir;

    private static final String REQUEST = "min_scale_out: 2\nmax_scale_out: 12\n"
            + "essential_properties:\n  machine_type: c4.2xlarge\n  data_size_MB: 15150\n"
            + "  job_args: computer\n  data_characteristics: ''\n"
            + "  environment: public cloud aws emr\n";

    private static CliRun bellamy(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = CliRun.datasets().toString();
        return CliRun.run(dir, Map.of(), all);
    }

    private static Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @BeforeAll
    static void pretrain() {
        CliRun run = bellamy("pretrain", "-tt", "c3o", "-a", "grep", "--trials", "2",
                "--max-epochs", "40", "--seed", "3");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("model written to " + dir.resolve("models/c3o/grep/model.json")),
                run.out());
        assertTrue(run.out().contains("validation MAE"), run.out());
        assertTrue(run.out().contains("c3o/grep: default predictor calibrated on "), run.out());
        assertTrue(run.err().contains("trial 1 started"), run.err());
    }

    @Test
    void predictsTheExampleRequestAsTableJsonAndPlot() throws Exception {
        Path request = write("request.yml", REQUEST);
        CliRun table = bellamy("predict", "-tt", "c3o", "-a", "grep", "-r", request.toString(),
                "--plot", "plot.png", "--method", "classic");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("method classic: fine-tuned on 30 runs of this context"),
                table.out());
        assertTrue(table.out().contains("<- recommended"), table.out());
        assertTrue(table.out().contains("recommendation (fastest):"), table.out());
        assertTrue(Files.size(dir.resolve("plot.png")) > 1000);

        CliRun json = bellamy("predict", "-tt", "c3o", "-a", "grep", "-r", request.toString(),
                "--format", "json", "--policy", "cheapest", "--plot", "plot.svg", "--method",
                "classic");
        assertEquals(0, json.code(), json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals("bellamy-prediction/1", doc.get("schema").asText());
        assertEquals(11, doc.get("predictions").size());
        assertTrue(doc.get("cached").asBoolean(), "the second identical request is cached");
        assertEquals(30, doc.get("records_used").asInt());
        assertEquals("cheapest", doc.get("recommendation").get("policy").asText());
        assertTrue(Files.readString(dir.resolve("plot.svg")).contains("<svg"));
    }

    @Test
    void theDefaultMethodAdaptsTheCalibratedModelToTheContextsRuns() throws Exception {
        Path request = write("request-b.yml", REQUEST);
        CliRun table = bellamy("predict", "-tt", "c3o", "-a", "grep", "-r", request.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("method bellamy: the pre-trained curve adapted to 30 runs "
                + "of this context"), table.out());
        CliRun json = bellamy("predict", "-a", "grep", "-r", request.toString(), "--format",
                "json");
        assertEquals(0, json.code(), json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals("bellamy", doc.get("method").asText());
        assertEquals(30, doc.get("records_used").asInt());
        assertTrue(doc.get("fine_tuned").asBoolean());
        for (JsonNode p : doc.get("predictions")) {
            assertTrue(p.get("runtime_s").asDouble() > 0, p.toString());
        }
        CliRun bad = bellamy("predict", "-a", "grep", "-r", request.toString(), "--method", "magic");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown prediction method 'magic'; valid: bellamy, classic"),
                bad.err());
    }

    @Test
    void theDefaultMethodKeepsItsGlobalModelOnDiskAndFitsADamagedOneAgain() throws Exception {
        Path request = write("request-g.yml", REQUEST);
        Path cache = dir.resolve("models/.global-model-cache");
        if (Files.exists(cache)) {
            try (var files = Files.list(cache)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        String[] predict = {"predict", "-a", "grep", "-r", request.toString(), "--format",
            "json"};
        CliRun fitted = bellamy(predict);
        assertEquals(0, fitted.code(), fitted.err());
        JsonNode first = new ObjectMapper().readTree(fitted.out());
        assertFalse(first.get("cached").asBoolean(), "the first process fits the global model");
        List<Path> entries;
        try (var files = Files.list(cache)) {
            entries = files.toList();
        }
        assertEquals(1, entries.size(), entries.toString());

        CliRun again = bellamy(predict);
        JsonNode second = new ObjectMapper().readTree(again.out());
        assertTrue(second.get("cached").asBoolean(), "a new process reads it from disk");
        assertEquals(first.get("predictions"), second.get("predictions"));
        assertEquals("", again.err());

        byte[] whole = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(whole, whole.length / 2));
        CliRun damaged = bellamy(predict);
        assertEquals(0, damaged.code(), damaged.err());
        JsonNode third = new ObjectMapper().readTree(damaged.out());
        assertFalse(third.get("cached").asBoolean());
        assertEquals(first.get("predictions"), third.get("predictions"));
        assertEquals("bellamy: warning: ignoring the damaged cached global model "
                + entries.get(0) + " (truncated or of the wrong length (" + whole.length / 2
                + " bytes)); computing again\n", damaged.err());
        CliRun rebuilt = bellamy(predict);
        assertTrue(new ObjectMapper().readTree(rebuilt.out()).get("cached").asBoolean());
        assertEquals("", rebuilt.err());
    }

    @Test
    void predictThroughAServerPrintsWhatPredictPrintsHere() throws Exception {
        Path request = write("request-s.yml", REQUEST);
        CliRun local = bellamy("predict", "-tt", "c3o", "-a", "grep", "-r", request.toString());
        CliRun localJson = bellamy("predict", "-a", "grep", "-r", request.toString(), "--format",
                "json");
        assertEquals(0, local.code(), local.err());
        try (RunStore store = RunStores.openSqlite(dir.resolve(".bellamy/bellamy.db"));
                BellamyServer server = BellamyServer.start(ServerOptions.defaults(
                        dir.resolve("models"), BellamyConfig.defaults())
                        .withAddress("127.0.0.1", 0).withCodeVersion("test"), store)) {
            String url = server.uri().toString();
            CliRun remote = CliRun.run(dir, Map.of(), "predict", "--server", url, "-tt", "c3o",
                    "-a", "grep", "-r", request.toString());
            CliRun remoteJson = CliRun.run(dir, Map.of(ServerClient.SERVER_ENV, url), "predict",
                    "-a", "grep", "-r", request.toString(), "--format", "json");
            Launched script = launch(url, "-tt", "c3o", "-a", "grep", "-r", request.toString());

            assertEquals(0, remote.code(), remote.err());
            assertEquals(withoutTiming(local.out()), withoutTiming(remote.out()));
            assertEquals(withoutTiming(remote.out()), withoutTiming(script.out()));
            assertEquals(0, script.code(), script.err());
            assertEquals(stable(localJson.out()), stable(remoteJson.out()));

            CliRun plot = CliRun.run(dir, Map.of(), "predict", "--server", url, "-a", "grep", "-r",
                    request.toString(), "--plot", "p.png");
            assertEquals(Main.EXIT_USAGE, plot.code());
            assertEquals("bellamy: error: --plot cannot be used with --server (env BELLAMY_SERVER):"
                    + " the server uses its own store, models and configuration\n", plot.err());
            CliRun noModel = CliRun.run(dir, Map.of(ServerClient.SERVER_ENV, url), "predict",
                    "-a", "sort", "-r", request.toString());
            assertEquals(1, noModel.code());
            assertTrue(noModel.err().startsWith("bellamy: error: the server at " + url
                    + "/ answered 404: no pre-trained model for algorithm 'sort'"), noModel.err());
            assertEquals(noModel.err(), launch(url, "-a", "sort", "-r", request.toString()).err());
        }
        CliRun gone = CliRun.run(dir, Map.of(), "predict", "--server", "http://127.0.0.1:9",
                "-a", "grep", "-r", request.toString());
        assertEquals(1, gone.code());
        assertTrue(gone.err().startsWith("bellamy: error: cannot reach the server at "
                + "http://127.0.0.1:9/"), gone.err());
    }

    /** The table without the one line that says how long answering took and where from. */
    private static String withoutTiming(String table) {
        return table.replaceFirst("(?m)^method .*$", "method");
    }

    /** A prediction document without the fields that differ between answers. */
    private static JsonNode stable(String json) throws Exception {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(json);
        doc.remove("seconds");
        doc.remove("cached");
        return doc;
    }

    /** What the launcher script printed. */
    record Launched(int code, String out, String err) {
    }

    /**
     * Runs {@code ./bellamy predict --server url args} from a copy of the script whose Java is a
     * stub that fails: the answer must come through curl.
     */
    private static Launched launch(String url, String... args) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("launcher/bellamy-cli/target")).getParent()
                .getParent();
        Path script = copy.resolve("bellamy");
        if (!Files.exists(script)) {
            Files.copy(Path.of(System.getProperty("bellamy.repo.root", ".")).resolve("bellamy"),
                    script);
            Files.writeString(copy.resolve("bellamy-cli/target/bellamy.jar"), "stand-in");
            Path java = Files.createDirectories(copy.resolve("bin")).resolve("java");
            Files.writeString(java, "#!/bin/sh\necho 'java was started' >&2\nexit 97\n");
            java.toFile().setExecutable(true);
        }
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "predict",
                "--server", url));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PATH", copy.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().remove(ServerClient.SERVER_ENV);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Launched(p.waitFor(), out, err);
    }

    @Test
    void deadlinePolicySaysWhenNothingMeetsIt() throws Exception {
        Path request = write("request-d.yml", REQUEST);
        CliRun run = bellamy("predict", "-a", "grep", "-r", request.toString(), "--policy",
                "deadline", "--deadline", "1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("no scale-out in 2..12 meets the 1 s deadline"), run.out());
        CliRun missing = bellamy("predict", "-a", "grep", "-r", request.toString(), "--policy",
                "deadline");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--deadline"), missing.err());
    }

    @Test
    void badRequestsAreOneLineErrors() throws Exception {
        Map<String, String> cases = Map.of(
                "missing.yml", REQUEST.replace("  environment: public cloud aws emr\n", ""),
                "range.yml", REQUEST.replace("min_scale_out: 2", "min_scale_out: 20"),
                "zero.yml", REQUEST.replace("min_scale_out: 2", "min_scale_out: 0"),
                "malformed.yml", "min_scale_out: [2\n");
        Map<String, String> expected = Map.of(
                "missing.yml", "missing essential property 'environment'",
                "range.yml", "min_scale_out (20) must not exceed max_scale_out (12)",
                "zero.yml", "min_scale_out must be >= 1, got 0",
                "malformed.yml", "malformed.yml:");
        for (var c : cases.entrySet()) {
            CliRun run = bellamy("predict", "-a", "grep", "-r", write(c.getKey(), c.getValue())
                    .toString());
            assertEquals(1, run.code(), c.getKey());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains(expected.get(c.getKey())), c.getKey() + ": " + run.err());
        }
    }

    @Test
    void unknownAlgorithmMissingModelAndCorruptModelAreClear() throws Exception {
        Path request = write("r.yml", REQUEST);
        CliRun unknown = bellamy("predict", "-a", "wordcount", "-r", request.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("unknown algorithm 'wordcount'"), unknown.err());

        CliRun noModel = bellamy("predict", "-a", "sort", "-r", request.toString());
        assertEquals(1, noModel.code());
        assertTrue(noModel.err().contains("create it with: bellamy pretrain -tt c3o -a sort"),
                noModel.err());

        Path models = dir.resolve("broken-models/c3o/grep");
        Files.createDirectories(models);
        Files.writeString(models.resolve("model.json"), "{\"format\": \"bellamy-model\", \"formatVe");
        CliRun corrupt = bellamy("predict", "-a", "grep", "-r", request.toString(), "--models",
                dir.resolve("broken-models").toString());
        assertEquals(1, corrupt.code());
        assertTrue(corrupt.err().contains("cannot be loaded"), corrupt.err());

        CliRun noData = bellamy("pretrain", "-tt", "bell", "-a", "kmeans");
        assertEquals(1, noData.code());
        assertTrue(noData.err().contains("no runs of algorithm 'kmeans' for training target bell; "
                + "it has: grep, pagerank, sgd"), noData.err());
    }

    @Test
    void configShowPrintsEffectiveConfiguration() throws Exception {
        Path config = write("bellamy.yml", "search:\n  trials: 5\n");
        CliRun run = CliRun.run(dir, Map.of(), "config", "show", "--config", config.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("trials: 5"), run.out());
        assertTrue(run.out().contains("grace_period: 1000"), run.out());
        Path bad = write("bad.yml", "search:\n  trails: 5\n");
        CliRun wrong = CliRun.run(dir, Map.of(), "config", "show", "--config", bad.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("bad.yml:2: unknown configuration key 'search.trails'"),
                wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());
    }
}
