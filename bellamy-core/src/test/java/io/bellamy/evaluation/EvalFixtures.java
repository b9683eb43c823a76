package io.bellamy.evaluation;

import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Paths of the shared datasets and split manifests, and their records. */
final class EvalFixtures {

    private EvalFixtures() {
    }

    static Path shared() {
        return Path.of(System.getProperty("bellamy.repo.root", ".")).resolve("../shared");
    }

    static Path dataDir() {
        return shared().resolve("datasets");
    }

    static Path c3oManifest() {
        return shared().resolve("eval/splits_c3o.json");
    }

    static Path bellManifest() {
        return shared().resolve("eval/splits_bell.json");
    }

    static RecordSource source() {
        try {
            return RecordSource.dataDir(dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<RunRecord>> c3oRuns() {
        return load(true);
    }

    static Map<String, List<RunRecord>> bellRuns() {
        return load(false);
    }

    private static Map<String, List<RunRecord>> load(boolean c3o) {
        try {
            RecordSource s = source();
            Map<String, List<RunRecord>> m = new LinkedHashMap<>();
            for (String a : c3o ? s.c3oAlgorithms() : s.bellAlgorithms()) {
                m.put(a, c3o ? s.c3o(a) : s.bell(a));
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
