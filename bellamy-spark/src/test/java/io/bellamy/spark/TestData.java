package io.bellamy.spark;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.C3oReader;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The public datasets beside the repository and a small search over them. */
final class TestData {

    /** Trials run at once, as on {@code local[2]}. */
    static final int CONCURRENCY = 2;

    private TestData() {
    }

    /** The shared datasets directory. */
    static Path datasets() {
        return Path.of(System.getProperty("bellamy.repo.root", ".")).resolve("../shared/datasets")
                .toAbsolutePath().normalize();
    }

    /** The C3O runs of one algorithm. */
    static List<RunRecord> c3o(String algorithm) {
        try {
            return C3oReader.fromFileName().read(datasets().resolve("c3o/" + algorithm + ".tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 4 trials of at most 40 epochs, 2 at a time, rungs at 10 and 20, TPE after 2 trials. */
    static BellamyConfig smallSearch() {
        BellamyConfig config = BellamyConfig.defaults();
        var s = config.search();
        return config.withModel(config.model().withEpochs(40))
                .withSearch(new BellamyConfig.Search(4, CONCURRENCY, s.sampler(), 2,
                        s.eiCandidates(), s.space(), new BellamyConfig.Asha(40, 10, 2)));
    }
}
