package io.bellamy.data;

/**
 * The files of the public datasets (SPEC §2.1) with their pinned SHA-256 checksums, as
 * published with the Bellamy prototype.
 */
public enum PublicDataset {
    C3O_GREP("c3o", "grep", "17d9e628fbc4b0309037ac465fb5876c500817aadf0d330f47961c3401291045"),
    C3O_KMEANS("c3o", "kmeans", "63c4e9ef13ddb076ddf5849f95580e770cbf2a98f9e44cad5d2890c7c15aa41d"),
    C3O_PAGERANK("c3o", "pagerank",
            "b52cd9416b4ea3112af5dc60993451b48d077a2d7610917f8024d1834e298b37"),
    C3O_SGD("c3o", "sgd", "1988532c3f517c5082504c3f891c3d2e6f69e2163c8a4723ae7c1d550212c5c5"),
    C3O_SORT("c3o", "sort", "b375902b90584b1f7f9579a2d26d589e9835e93b637d6ec6fa7cf8b1a75dc679"),
    BELL_GREP("bell", "grep", "43036b7b37669ffae24d562838fa09ba64a67a4756e28735f67469d8262f9d49"),
    BELL_PAGERANK("bell", "pagerank",
            "4599516eed361008d8a295bbf9cb11cf26db59fd0069c253351fb45afbc320c7"),
    BELL_SGD("bell", "sgd", "78fbffaeaba9a6b5d63361ef05fd6ed381bf60563f97834adb0f4c33b0da99e6");

    private final String source;
    private final String algorithm;
    private final String sha256;

    PublicDataset(String source, String algorithm, String sha256) {
        this.source = source;
        this.algorithm = algorithm;
        this.sha256 = sha256;
    }

    /** {@code c3o} or {@code bell}. */
    public String source() {
        return source;
    }

    /** The algorithm, e.g. {@code grep}. */
    public String algorithm() {
        return algorithm;
    }

    /** The expected SHA-256 of the file's bytes, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** The path relative to a data directory, with '/' separators, e.g. {@code c3o/grep.tsv}. */
    public String relativePath() {
        return source + "/" + algorithm + (source.equals("c3o") ? ".tsv" : ".csv");
    }
}
