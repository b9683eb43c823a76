package io.bellamy.cli;

import io.bellamy.config.BellamyConfig;
import io.bellamy.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the YAML configuration over the built-in defaults. */
public final class ConfigOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration file over the built-in defaults (see 'bellamy config "
                    + "show'); default: env BELLAMY_CONFIG, else none.")
    String file;

    /** The effective configuration. */
    BellamyConfig load(CliEnvironment env) {
        String path = file != null ? file : env.getenv("BELLAMY_CONFIG");
        return new ConfigLoader().load(path == null ? null : env.resolve(Path.of(path)));
    }
}
