package io.bellamy.cli;

import io.bellamy.data.DatasetFormat;
import io.bellamy.data.RunRecord;
import io.bellamy.store.ImportResult;
import io.bellamy.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bellamy data import}: reads every file first (a malformed one aborts before anything is
 * written), then imports each in one transaction; a file imported before adds nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import runs into the runtime-history store. Every file is read and checked "
                + "before anything is written; each file is imported all-or-nothing, and a file "
                + "imported before adds nothing.")
final class DataImportCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "c3o, bell or generic (default: detected from the path: a c3o/ or bell/ "
                    + "parent directory, else generic CSV/TSV/JSON Lines).")
    String format;

    @Option(names = "--algorithm", paramLabel = "ALG",
            description = "The algorithm of every run (default: the file name for c3o/bell, the "
                    + "algorithm column for generic files).")
    String algorithm;

    @Option(names = "--source", paramLabel = "NAME", defaultValue = "user",
            description = "The source the runs are recorded under (default: ${DEFAULT-VALUE}).")
    String source;

    DataImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (source.isBlank()) {
            throw new UsageException("--source must not be blank");
        }
        List<Path> paths = new ArrayList<>();
        List<List<RunRecord>> contents = new ArrayList<>();
        for (Path file : files) {
            Path path = env.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no such file: " + path);
            }
            DatasetFormat fmt = format != null ? DatasetFormat.parse(format)
                    : DatasetFormat.detect(path);
            paths.add(path);
            contents.add(fmt.reader(algorithm).read(path));
        }
        try (RunStore store = new Workspace(env, state).openStore()) {
            for (int i = 0; i < paths.size(); i++) {
                Path path = paths.get(i);
                ImportResult result = store.importRuns(source, RunStore.digestOf(path),
                        path.getFileName().toString(), contents.get(i));
                if (result.alreadyImported()) {
                    env.out().printf("%s: already imported, nothing added%n", path);
                } else {
                    env.out().printf("%s: imported %d runs (source %s)%n", path, result.added(),
                            source);
                }
            }
        }
        return 0;
    }
}
