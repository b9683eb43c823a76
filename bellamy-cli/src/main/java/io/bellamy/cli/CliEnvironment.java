package io.bellamy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may see of the outside world: environment variables, the working directory and
 * the two output streams. Passed in explicitly so that tests can run commands in-process.
 *
 * @param env environment variables
 * @param workDir the directory relative paths are resolved against
 * @param out standard output (results)
 * @param err standard error (progress and errors)
 * @param terminal whether standard error is an interactive terminal (live progress display)
 */
public record CliEnvironment(Map<String, String> env, Path workDir, PrintWriter out, PrintWriter err,
        boolean terminal) {

    /** An environment that is not a terminal (plain log lines), as in tests and pipes. */
    public CliEnvironment(Map<String, String> env, Path workDir, PrintWriter out, PrintWriter err) {
        this(env, workDir, out, err, false);
    }

    /** Copies the environment map and makes the working directory absolute. */
    public CliEnvironment {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        workDir = workDir.toAbsolutePath().normalize();
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** An environment variable, or {@code null} when unset or blank. */
    public String getenv(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** Resolves a user-supplied path against the working directory. */
    public Path resolve(Path path) {
        return workDir.resolve(path).normalize();
    }
}
