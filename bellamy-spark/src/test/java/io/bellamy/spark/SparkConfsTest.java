package io.bellamy.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bellamy.training.EngineSettings;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

class SparkConfsTest {

    @Test
    void aLocalMasterRetriesAsOftenAsSparkTaskMaxFailuresSays() {
        assertEquals("local[2,3]", SparkConfs.withRetries("local[2]", "3"));
        assertEquals("local[*,2]", SparkConfs.withRetries("local[*]", "2"));
        assertEquals("local[1,4]", SparkConfs.withRetries("local", "4"));
        assertEquals("local[2]", SparkConfs.withRetries("local[2]", null));
        assertEquals("local[2,5]", SparkConfs.withRetries("local[2,5]", "3"));
        assertEquals("spark://host:7077", SparkConfs.withRetries("spark://host:7077", "3"));
        assertEquals("yarn", SparkConfs.withRetries("yarn", "3"));
        assertThrows(IllegalArgumentException.class, () -> SparkConfs.withRetries("local", "0"));
        assertThrows(IllegalArgumentException.class, () -> SparkConfs.withRetries("local", "x"));
    }

    @Test
    void theSettingsBecomeSparksConfigurationWithQuietLocalDefaults() {
        SparkConf conf = SparkConfs.of(new EngineSettings("local[2]",
                Map.of("spark.task.maxFailures", "2", "spark.executor.memory", "2g"), "test"));
        assertEquals("local[2,2]", conf.get("spark.master"));
        assertEquals("2g", conf.get("spark.executor.memory"));
        assertEquals("bellamy", conf.get("spark.app.name"));
        assertEquals("false", conf.get("spark.ui.enabled"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));

        SparkConf cluster = SparkConfs.of(new EngineSettings("spark://host:7077",
                Map.of("spark.ui.enabled", "true", "spark.app.name", "nightly"), "test"));
        assertEquals("spark://host:7077", cluster.get("spark.master"));
        assertEquals("true", cluster.get("spark.ui.enabled"));
        assertEquals("nightly", cluster.get("spark.app.name"));
        assertTrue(!cluster.contains("spark.driver.bindAddress"));
    }

    @Test
    void withoutAMasterTheErrorSaysHowToGiveOne() {
        String before = System.clearProperty("spark.master");
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SparkConfs.of(new EngineSettings(null, Map.of(), "test")));
            assertEquals("no Spark master: give --master local[N], spark://HOST:PORT or yarn, "
                    + "or run under spark-submit", e.getMessage());
        } finally {
            if (before != null) {
                System.setProperty("spark.master", before);
            }
        }
    }

    /** The pom's JVM options (what tests and ./bellamy use) cover Spark's own list. */
    @Test
    void theJvmOptionsCoverSparksModuleOptions() {
        List<String> ours = List.of(System.getProperty("bellamy.spark.jvm.options", "")
                .split(" "));
        for (String option : JavaModuleOptions.defaultModuleOptionArray()) {
            if (option.equals("--add-modules=jdk.incubator.vector")) {
                continue; // optional, and it prints a warning at every start
            }
            assertTrue(ours.contains(option), "missing " + option + " in " + ours);
        }
    }
}
