package io.bellamy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of the command line: exit code and what it printed. */
record CliRun(int code, String out, String err) {

    /** Runs {@code bellamy args...} in {@code workDir} with the given environment. */
    static CliRun run(Path workDir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new CliEnvironment(env, workDir, new PrintWriter(out, true),
                new PrintWriter(err, true)), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The shared public datasets beside the repository. */
    static Path datasets() {
        return Path.of(System.getProperty("bellamy.repo.root", ".")).resolve("../shared/datasets")
                .toAbsolutePath().normalize();
    }
}
