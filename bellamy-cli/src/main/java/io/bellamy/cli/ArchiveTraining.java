package io.bellamy.cli;

import io.bellamy.config.BellamyConfig;
import io.bellamy.server.BellamyServer;
import io.bellamy.server.ServerOptions;
import io.bellamy.store.RunStore;
import io.bellamy.store.RunStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run the {@code ./bellamy} launcher records its class-data-sharing archive from, once per
 * build ({@code java -XX:ArchiveClassesAtExit=... -cp bellamy.jar io.bellamy.cli.ArchiveTraining}):
 * a real pre-training, four real predictions (the default method, the classic method cold and
 * cached, JSON) and two through the HTTP
 * service ({@code predict --server}) in a temporary workspace with a small made-up C3O grep file,
 * so that the archive holds the classes those commands and {@code serve} load, whatever command
 * a user runs first. Touches nothing outside the temporary directory, which it
 * deletes; prints nothing; exits non-zero if a command failed (the launcher then keeps no
 * archive).
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    /** Runs the commands; no arguments. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("bellamy-archive-");
        int failures;
        try {
            failures = run(dir);
        } finally {
            delete(dir);
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Runs the commands in {@code dir}; returns how many failed. */
    static int run(Path dir) throws IOException {
        Path grep = Files.createDirectories(dir.resolve("data/c3o")).resolve("grep.tsv");
        Files.writeString(grep, grepRuns(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("request.yml"), """
                min_scale_out: 2
                max_scale_out: 12
                essential_properties:
                  machine_type: "c4.2xlarge"
                  data_size_MB: 15150
                  job_args: "computer"
                  data_characteristics: "100 150000000 0.5"
                  environment: "public cloud aws emr"
                """, StandardCharsets.UTF_8);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        CliEnvironment env = new CliEnvironment(Map.of(), dir, quiet, quiet);
        String[] state = {"--data-dir", "data", "--home", "state", "--models", "models"};
        String[][] commands = {
            {"pretrain", "-tt", "c3o", "-a", "grep", "--no-search", "--max-epochs", "3"},
            {"predict", "-tt", "c3o", "-a", "grep", "-r", "request.yml"},
            {"predict", "-tt", "c3o", "-a", "grep", "-r", "request.yml", "--method", "classic"},
            {"predict", "-tt", "c3o", "-a", "grep", "-r", "request.yml", "--method", "classic"},
            {"predict", "-tt", "c3o", "-a", "grep", "-r", "request.yml", "--format", "json"},
        };
        int failures = 0;
        for (String[] command : commands) {
            String[] args = Stream.concat(Stream.of(command), Stream.of(state))
                    .toArray(String[]::new);
            if (Main.execute(env, args) != 0) {
                failures++;
            }
        }
        // the service, and predict asking it (the Java side of --server)
        try (RunStore store = RunStores.openSqlite(dir.resolve("state")
                        .resolve(RunStores.SQLITE_FILE_NAME));
                BellamyServer server = BellamyServer.start(ServerOptions.defaults(
                        dir.resolve("models"), BellamyConfig.defaults())
                        .withAddress("127.0.0.1", 0), store)) {
            for (String format : new String[] {"table", "json"}) {
                if (Main.execute(env, "predict", "--server", server.uri().toString(), "-a", "grep",
                        "-r", "request.yml", "--format", format) != 0) {
                    failures++;
                }
            }
        }
        return failures;
    }

    /** A C3O grep file: three contexts, scale-outs 2 to 12, two runs each. */
    static String grepRuns() {
        StringBuilder tsv = new StringBuilder("instance_count\tmachine_type\tslots\tmemory\t"
                + "data_size_MB\tline_length\tlines\tp_occurrence\tgross_runtime\n");
        String[] machines = {"c4.2xlarge", "m4.2xlarge", "r4.2xlarge"};
        for (int m = 0; m < machines.length; m++) {
            for (int n = 2; n <= 12; n += 2) {
                for (int rep = 0; rep < 2; rep++) {
                    double runtime = 60 + 900.0 / n + 10 * m + rep;
                    tsv.append(String.format(Locale.ROOT,
                            "%d\t%s\t%d\t%d\t15150\t100\t150000000\t0.5\t%.0f%n", n, machines[m],
                            8 * n, 15000 * n, runtime));
                }
            }
        }
        return tsv.toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
