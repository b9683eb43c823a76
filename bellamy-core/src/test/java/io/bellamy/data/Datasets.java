package io.bellamy.data;

import java.nio.file.Path;

/** Where the shared public datasets are: {@code <repo root>/../shared/datasets}. */
final class Datasets {

    private Datasets() {
    }

    static Path dir() {
        return Path.of(System.getProperty("bellamy.repo.root", ".")).resolve("../shared/datasets")
                .toAbsolutePath().normalize();
    }

    static Path c3o(String algorithm) {
        return dir().resolve("c3o").resolve(algorithm + ".tsv");
    }

    static Path bell(String algorithm) {
        return dir().resolve("bell").resolve(algorithm + ".csv");
    }
}
