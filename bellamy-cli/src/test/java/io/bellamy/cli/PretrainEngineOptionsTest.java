package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine}, {@code --master} and {@code --conf} are checked before any work; the CLI
 * jar does not hold the Spark engine, and says how to get it.
 */
class PretrainEngineOptionsTest {

    @TempDir
    Path dir;

    private CliRun pretrain(String... options) {
        String[] args = new String[options.length + 5];
        System.arraycopy(new String[] {"pretrain", "-a", "grep", "--data-dir",
                CliRun.datasets().toString()}, 0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        return CliRun.run(dir, Map.of(), args);
    }

    @Test
    void theSparkEngineIsNotInTheCliJarAndTheErrorSaysWhereItIs() {
        CliRun run = pretrain("--engine", "spark", "--master", "local[2]");
        assertEquals(Main.EXIT_FAILURE, run.code());
        assertEquals("bellamy: error: the spark engine is not on the class path; run ./bellamy "
                + "with --engine spark (it adds bellamy-spark and Spark to the class path) or "
                + "spark-submit bellamy-spark/target/bellamy-spark-submit.jar\n",
                run.err().replace("\r\n", "\n"));
    }

    @Test
    void clusterOptionsNeedAClusterEngine() {
        CliRun run = pretrain("--master", "local[2]");
        assertEquals(Main.EXIT_USAGE, run.code());
        assertEquals("bellamy: error: --master and --conf need --engine spark\n",
                run.err().replace("\r\n", "\n"));
        assertEquals(Main.EXIT_USAGE, pretrain("--conf", "spark.ui.enabled=true").code());
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        CliRun run = pretrain("--engine", "flink");
        assertEquals(Main.EXIT_USAGE, run.code());
        assertEquals("bellamy: error: unknown engine 'flink': choose one of local, spark\n",
                run.err().replace("\r\n", "\n"));
    }
}
