package io.bellamy.spark;

import io.bellamy.cli.CliEnvironment;
import io.bellamy.cli.Main;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of {@code bellamy-spark-submit.jar}: takes the arguments of
 * {@code bellamy pretrain} and runs that command on the Spark engine, with the master and
 * configuration {@code spark-submit} set (a {@code --master} or {@code --conf} given here
 * overrides them), e.g.
 * {@code spark-submit --master spark://host:7077 bellamy-spark-submit.jar --all -tt c3o}.
 */
public final class SparkSubmitMain {

    private SparkSubmitMain() {
    }

    /** Runs {@code bellamy pretrain ARGS --engine spark} and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliEnvironment environment = new CliEnvironment(System.getenv(), Path.of(""), out, err,
                false);
        int code = Main.execute(environment, command(args));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** {@code pretrain ARGS}, with {@code --engine spark} unless an engine is named. */
    static String[] command(String[] args) {
        List<String> command = new ArrayList<>();
        command.add("pretrain");
        boolean engine = false;
        for (String arg : args) {
            command.add(arg);
            engine |= arg.equals("--engine") || arg.startsWith("--engine=");
        }
        if (!engine) {
            command.add("--engine");
            command.add(SparkPretrainEngine.NAME);
        }
        return command.toArray(String[]::new);
    }
}
