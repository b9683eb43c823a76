package io.bellamy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bellamy.cli.CliEnvironment;
import io.bellamy.cli.Main;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.ModelFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bellamy pretrain --all --engine spark --master local[2]} pre-trains the five C3O
 * algorithms as Spark tasks and writes the model files {@code --engine local} writes: same
 * weights (and checksums), hyperparameters, pipeline and training figures; only when and how
 * long differ.
 */
class SparkPretrainCommandTest {

    private static final List<String> C3O = List.of("grep", "kmeans", "pagerank", "sgd", "sort");

    @TempDir
    Path dir;

    private String[] pretrain(String models, String... engine) {
        List<String> args = new ArrayList<>(List.of("pretrain", "-tt", "c3o", "--all",
                "--trials", "3", "--max-epochs", "20", "--seed", "4",
                "--data-dir", TestData.datasets().toString(), "--home", "home",
                "--models", models));
        args.addAll(List.of(engine));
        return args.toArray(String[]::new);
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new CliEnvironment(Map.of(), dir, new PrintWriter(out, true),
                new PrintWriter(err, true)), args);
        assertEquals(0, code, err.toString());
        return out.toString() + err;
    }

    @Test
    void writesTheModelFilesOfTheLocalEngine() throws Exception {
        String local = run(pretrain("models-local"));
        String spark = run(pretrain("models-spark", "--engine", "spark", "--master",
                "local[2]"));

        assertTrue(!local.contains("spark task"), local);
        for (String algorithm : C3O) {
            assertTrue(spark.contains("pre-training " + algorithm + " on c3o: ")
                    && spark.contains("(one spark task)"), spark);
            Path a = dir.resolve("models-local/c3o/" + algorithm + "/" + ModelFile.FILE_NAME);
            Path b = dir.resolve("models-spark/c3o/" + algorithm + "/" + ModelFile.FILE_NAME);
            assertSameModel(algorithm, a, b);
        }
        assertTrue(spark.contains("pre-trained 5 models in"), spark);
    }

    @Test
    void oneAlgorithmRunsItsTrialsAsSparkTasks() throws Exception {
        String output = run("pretrain", "-tt", "c3o", "-a", "sort", "--trials", "2",
                "--max-epochs", "12", "--data-dir", TestData.datasets().toString(), "--home",
                "home", "--engine", "spark", "--master", "local[2]", "--conf",
                "spark.task.maxFailures=2");
        assertTrue(output.contains("pre-training sort on c3o: 630 runs, 2 trials (TPE + ASHA), "
                + "up to 12 epochs each (trials as spark tasks)"), output);
        assertTrue(output.contains("trial 1 completed after 12 epochs"), output);
        BellamyModel model = ModelFile.load(dir.resolve("models/c3o/sort/model.json"));
        assertEquals(2, model.training().trials());
    }

    private static void assertSameModel(String algorithm, Path a, Path b) throws Exception {
        BellamyModel local = ModelFile.load(a);
        BellamyModel spark = ModelFile.load(b);
        assertEquals(ModelFile.sha256(local.weights()), ModelFile.sha256(spark.weights()),
                algorithm);
        assertEquals(local.hyperparameters(), spark.hyperparameters(), algorithm);
        assertEquals(local.training().bestEpoch(), spark.training().bestEpoch(), algorithm);
        assertEquals(local.training().validationLoss(), spark.training().validationLoss(),
                algorithm);
        assertEquals(local.provenance().dataDigest(), spark.provenance().dataDigest());
        JsonNode x = withoutTimes(a);
        JsonNode y = withoutTimes(b);
        assertEquals(x, y, algorithm + ": the files differ beyond their times");
    }

    /** The model file without when it was made and how long training took. */
    private static JsonNode withoutTimes(Path file) throws Exception {
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        removeFields(json, List.of("created_at", "seconds", "createdAt"));
        return json;
    }

    private static void removeFields(JsonNode node, List<String> names) {
        if (node.isObject()) {
            names.forEach(((com.fasterxml.jackson.databind.node.ObjectNode) node)::remove);
        }
        node.forEach(child -> removeFields(child, names));
    }
}
