package io.bellamy.server;

import io.bellamy.config.BellamyConfig;
import io.bellamy.data.ContextKey;
import io.bellamy.data.DatasetCatalog;
import io.bellamy.data.DatasetFile;
import io.bellamy.store.RunStore;
import io.bellamy.store.RunStores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Fixtures of the server tests: a small configuration and a store holding public datasets. */
final class TestServers {

    private TestServers() {
    }

    /** The shared datasets (read-only). */
    static Path datasets() {
        return Path.of(System.getProperty("bellamy.repo.root", ".")).resolve("../shared/datasets")
                .toAbsolutePath().normalize();
    }

    /** Defaults with small pre-training and fine-tuning budgets, so the suite stays fast. */
    static BellamyConfig smallConfig() {
        BellamyConfig d = BellamyConfig.defaults();
        var ft = d.fineTuning();
        return d.withModel(d.model().withEpochs(50))
                .withSearch(d.search().withTrials(2))
                .withFineTuning(new BellamyConfig.FineTuning(60, ft.lr(), ft.weightDecay(), 30,
                        ft.maeThreshold(), ft.unfreezeFactor(), ft.schedule(), ft.reuse()));
    }

    /** A SQLite store in {@code dir} with the c3o files of the given algorithms imported. */
    static RunStore storeWith(Path dir, Set<String> algorithms) throws IOException {
        RunStore store = RunStores.openSqlite(dir.resolve("bellamy.db"));
        for (DatasetFile file : DatasetCatalog.scan(datasets()).files()) {
            if (file.source().equals("c3o") && algorithms.contains(file.algorithm())) {
                store.importRuns(file.source(), RunStore.digestOf(file.path()),
                        file.path().getFileName().toString(), file.read());
            }
        }
        return store;
    }

    /** Options on a free loopback port. */
    static ServerOptions options(Path models) {
        return ServerOptions.defaults(models, smallConfig()).withAddress("127.0.0.1", 0)
                .withCodeVersion("test");
    }

    /** The prototype's request file for {@code context} with another range end and data size. */
    static String requestYaml(ContextKey context, int maxScaleOut, double dataSizeMB) {
        return String.format(Locale.ROOT, """
                min_scale_out: 2
                max_scale_out: %d
                essential_properties:
                  machine_type: "%s"
                  job_args: "%s"
                  data_size_MB: %s
                  data_characteristics: "%s"
                  environment: "%s"
                """, maxScaleOut, context.machineType(), context.jobArgs(), dataSizeMB,
                context.dataCharacteristics(), context.environment());
    }
}
