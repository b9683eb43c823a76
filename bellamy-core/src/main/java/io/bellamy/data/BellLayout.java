package io.bellamy.data;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The constant context of each Bell algorithm (SPEC §2.1). */
enum BellLayout {
    GREP("grep", 250_000, "berlin"),
    PAGERANK("pagerank", 3_400, "5"),
    SGD("sgd", 10_000, "100 1.0");

    private final String algorithm;
    private final double dataSizeMB;
    private final String jobArgs;

    BellLayout(String algorithm, double dataSizeMB, String jobArgs) {
        this.algorithm = algorithm;
        this.dataSizeMB = dataSizeMB;
        this.jobArgs = jobArgs;
    }

    String algorithm() {
        return algorithm;
    }

    double dataSizeMB() {
        return dataSizeMB;
    }

    String jobArgs() {
        return jobArgs;
    }

    /** The layout of an algorithm, if Bell has one. */
    static Optional<BellLayout> of(String algorithm) {
        return Arrays.stream(values()).filter(l -> l.algorithm.equals(algorithm)).findFirst();
    }

    /** The algorithms with a layout, comma separated, for messages. */
    static String known() {
        return Arrays.stream(values()).map(BellLayout::algorithm).collect(Collectors.joining(", "));
    }
}
