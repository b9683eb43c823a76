package io.bellamy.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One data file of a data directory.
 *
 * @param source where the data comes from: {@code c3o} or {@code bell} (see
 *     {@link TrainingTarget#selects(String)})
 * @param algorithm the algorithm of its records
 * @param format how to read it
 * @param path the file
 */
public record DatasetFile(String source, String algorithm, DatasetFormat format, Path path) {

    /** Requires every component. */
    public DatasetFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        if (algorithm.isBlank()) {
            throw new IllegalArgumentException("algorithm must not be blank");
        }
    }

    /**
     * Reads the file with its format's reader (Bell with outliers removed).
     *
     * @throws DataFormatException when the content is invalid
     */
    public List<RunRecord> read() throws IOException {
        return format.reader(algorithm).read(path);
    }
}
