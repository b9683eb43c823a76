package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
