package io.bellamy.cli;

import io.bellamy.config.ConfigLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bellamy config show}: the effective configuration as YAML. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Show the effective configuration.",
        subcommands = {ConfigCommand.Show.class})
final class ConfigCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: show");
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the effective configuration (built-in defaults, then --config "
                    + "FILE) as YAML; it can be edited and passed back with --config.")
    static final class Show implements Callable<Integer> {
        private final CliEnvironment env;

        @Mixin
        ConfigOption configOption;

        Show(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            env.out().print(new ConfigLoader().toYaml(configOption.load(env)));
            return 0;
        }
    }
}
