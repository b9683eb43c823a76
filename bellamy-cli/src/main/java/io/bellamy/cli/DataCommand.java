package io.bellamy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bellamy data}: the runtime-history store and the dataset files. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Fetch the public datasets, import runs, list and summarise the store.",
        subcommands = {DataFetchCommand.class, DataImportCommand.class, DataListCommand.class,
                DataStatsCommand.class})
final class DataCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: one of fetch, import, list, stats");
    }
}
