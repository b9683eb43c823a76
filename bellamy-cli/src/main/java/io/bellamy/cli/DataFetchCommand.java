package io.bellamy.cli;

import io.bellamy.data.DatasetFetcher;
import io.bellamy.data.FetchListener;
import io.bellamy.data.FetchResult;
import io.bellamy.data.PublicDataset;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bellamy data fetch}: downloads and verifies the public datasets. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Download the public C3O and Bell datasets into the data directory and "
                + "verify their pinned SHA-256 checksums. Files already present and correct are "
                + "kept; a failed download leaves no partial file.")
final class DataFetchCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    StateOptions state;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the files are served from (default: ${DEFAULT-VALUE}).")
    URI baseUrl = DatasetFetcher.DEFAULT_BASE_URL;

    DataFetchCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Path target = new Workspace(env, state).fetchTarget();
        FetchResult result = new DatasetFetcher(baseUrl).fetch(target, new FetchListener() {
            @Override
            public void skipped(PublicDataset file, Path path) {
                env.err().printf("ok          %s (already present)%n", path);
            }

            @Override
            public void downloading(PublicDataset file, URI url) {
                env.err().printf("downloading %s%n", url);
            }

            @Override
            public void downloaded(PublicDataset file, Path path, long bytes) {
                env.err().printf("verified    %s (%d bytes)%n", path, bytes);
            }
        });
        env.out().printf("%d downloaded, %d already present in %s%n",
                result.downloaded().size(), result.skipped().size(), target);
        return 0;
    }
}
