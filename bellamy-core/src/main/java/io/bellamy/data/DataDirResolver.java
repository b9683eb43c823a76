package io.bellamy.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the data directory from explicit inputs only (no global state): the
 * {@code --data-dir} option, else the environment variable {@value #ENV_VAR}, else
 * {@code ./data} if it exists, else {@code ../shared/datasets} if it exists. Relative paths are
 * resolved against the given working directory.
 */
public final class DataDirResolver {

    /** The environment variable naming the data directory. */
    public static final String ENV_VAR = "BELLAMY_DATA_DIR";

    private final Map<String, String> environment;
    private final Path workingDir;

    /**
     * Creates a resolver.
     *
     * @param environment the process environment (e.g. {@code System.getenv()}); not modified
     * @param workingDir the directory relative paths are resolved against
     */
    public DataDirResolver(Map<String, String> environment, Path workingDir) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.workingDir = Objects.requireNonNull(workingDir, "workingDir").toAbsolutePath()
                .normalize();
    }

    /**
     * The data directory to read from.
     *
     * @param option the {@code --data-dir} value, or {@code null} when not given
     * @return an existing directory, absolute
     * @throws IllegalArgumentException when the explicit or environment directory does not
     *     exist, or when neither is given and no default exists; the message lists every place
     *     looked at and suggests {@code bellamy data fetch}
     */
    public Path resolve(String option) {
        if (option != null) {
            return existing(absolute(option), "--data-dir " + option);
        }
        String env = envValue();
        if (env != null) {
            return existing(absolute(env), ENV_VAR + "=" + env);
        }
        List<Path> defaults = List.of(workingDir.resolve("data"),
                workingDir.resolve("../shared/datasets").normalize());
        for (Path candidate : defaults) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        List<String> looked = new ArrayList<>();
        looked.add("--data-dir (not given)");
        looked.add(ENV_VAR + " (not set)");
        defaults.forEach(p -> looked.add(p + " (does not exist)"));
        throw new IllegalArgumentException("no data directory found; looked at: "
                + String.join("; ", looked) + ". Run `bellamy data fetch` to download the "
                + "public datasets into ./data, or pass --data-dir.");
    }

    /**
     * The directory {@code bellamy data fetch} writes to: the option, else the environment
     * variable, else {@code ./data}. It need not exist yet.
     *
     * @param option the {@code --data-dir} value, or {@code null} when not given
     * @return an absolute path
     */
    public Path fetchTarget(String option) {
        if (option != null) {
            return absolute(option);
        }
        String env = envValue();
        return env != null ? absolute(env) : workingDir.resolve("data");
    }

    private String envValue() {
        String value = environment.get(ENV_VAR);
        return value == null || value.isBlank() ? null : value;
    }

    private Path absolute(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("data directory must not be blank, got '"
                    + value + "'");
        }
        return workingDir.resolve(value.strip()).normalize();
    }

    private static Path existing(Path dir, String from) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("data directory " + dir + " (from " + from
                    + ") does not exist or is not a directory. Run `bellamy data fetch` to "
                    + "download the public datasets there.");
        }
        return dir;
    }
}
