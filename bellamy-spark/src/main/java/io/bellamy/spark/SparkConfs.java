package io.bellamy.spark;

import io.bellamy.training.EngineSettings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;

/** The Spark configuration of an engine's settings. */
final class SparkConfs {

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)])?");
    private static final String LOOPBACK = "127.0.0.1";

    private SparkConfs() {
    }

    /**
     * Spark's configuration: the {@code spark.*} system properties ({@code spark-submit} sets
     * them), then the settings' {@code conf} and {@code master}; unless set, application name
     * {@code bellamy}, the web UI off and Spark's log level {@code WARN}; a local master binds
     * to the loopback address. Spark's local masters never retry a task, whatever
     * {@code spark.task.maxFailures} says, so {@code local[N]} with
     * {@code spark.task.maxFailures=F} becomes {@code local[N,F]}.
     *
     * @throws IllegalArgumentException if no master is given or set
     */
    static SparkConf of(EngineSettings settings) {
        SparkConf conf = new SparkConf();
        settings.conf().forEach(conf::set);
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        }
        if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("no Spark master: give --master local[N], "
                    + "spark://HOST:PORT or yarn, or run under spark-submit");
        }
        conf.setMaster(withRetries(conf.get("spark.master"),
                conf.get("spark.task.maxFailures", null)));
        conf.setIfMissing("spark.app.name", "bellamy");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.log.level", "WARN");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", LOOPBACK);
            conf.setIfMissing("spark.driver.bindAddress", LOOPBACK);
        }
        return conf;
    }

    /** {@code local} or {@code local[N]} with {@code maxFailures} as {@code local[N,F]}. */
    static String withRetries(String master, String maxFailures) {
        Matcher local = LOCAL.matcher(master);
        if (maxFailures == null || !local.matches()) {
            return master;
        }
        int failures;
        try {
            failures = Integer.parseInt(maxFailures.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("spark.task.maxFailures must be a whole number, "
                    + "got '" + maxFailures + "'", e);
        }
        if (failures < 1) {
            throw new IllegalArgumentException("spark.task.maxFailures must be >= 1, got "
                    + failures);
        }
        String threads = local.group(1) == null ? "1" : local.group(1);
        return "local[" + threads + "," + failures + "]";
    }
}
