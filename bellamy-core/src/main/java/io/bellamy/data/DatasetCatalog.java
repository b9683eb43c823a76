package io.bellamy.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public dataset files of a data directory: {@code c3o/*.tsv} (source {@code c3o}) and
 * {@code bell/*.csv} (source {@code bell}), ordered by source, then algorithm. Hidden files
 * are ignored.
 */
public final class DatasetCatalog {

    private final Path dataDir;
    private final List<DatasetFile> files;

    private DatasetCatalog(Path dataDir, List<DatasetFile> files) {
        this.dataDir = dataDir;
        this.files = List.copyOf(files);
    }

    /**
     * Lists the dataset files of a data directory; missing {@code c3o} or {@code bell}
     * subdirectories simply contribute nothing.
     *
     * @throws IllegalArgumentException when the data directory does not exist
     */
    public static DatasetCatalog scan(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("data directory " + dataDir.toAbsolutePath()
                    + " does not exist or is not a directory");
        }
        List<DatasetFile> found = new ArrayList<>();
        list(dataDir, "bell", ".csv", DatasetFormat.BELL, found);
        list(dataDir, "c3o", ".tsv", DatasetFormat.C3O, found);
        found.sort(Comparator.comparing(DatasetFile::source)
                .thenComparing(DatasetFile::algorithm));
        return new DatasetCatalog(dataDir, found);
    }

    private static void list(Path dataDir, String source, String extension, DatasetFormat format,
            List<DatasetFile> found) throws IOException {
        Path dir = dataDir.resolve(source);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + extension)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(file)) {
                    found.add(new DatasetFile(source, DatasetFormat.algorithmOf(file), format,
                            file));
                }
            }
        }
    }

    /** The directory scanned. */
    public Path dataDir() {
        return dataDir;
    }

    /** Every dataset file found. */
    public List<DatasetFile> files() {
        return files;
    }

    /** The files whose source the target selects. */
    public List<DatasetFile> files(TrainingTarget target) {
        return files.stream().filter(f -> target.selects(f.source())).toList();
    }

    /** The algorithms the target has data for, sorted. */
    public SortedSet<String> algorithms(TrainingTarget target) {
        return files(target).stream().map(DatasetFile::algorithm)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The records of one algorithm for a target: each selected file read in catalog order
     * (Bell before C3O for {@code all}) and concatenated.
     *
     * @throws IllegalArgumentException when the target has no file for the algorithm, naming
     *     the algorithms it has
     * @throws DataFormatException when a file's content is invalid
     */
    public List<RunRecord> load(TrainingTarget target, String algorithm) throws IOException {
        List<DatasetFile> selected = files(target).stream()
                .filter(f -> f.algorithm().equals(algorithm)).toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no " + target.id() + " data for algorithm '"
                    + algorithm + "' in " + dataDir.toAbsolutePath() + "; available: "
                    + (algorithms(target).isEmpty() ? "none" : String.join(", ",
                            algorithms(target))));
        }
        List<RunRecord> records = new ArrayList<>();
        for (DatasetFile file : selected) {
            records.addAll(file.read());
        }
        return List.copyOf(records);
    }
}
