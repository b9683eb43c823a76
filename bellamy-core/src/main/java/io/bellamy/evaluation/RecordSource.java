package io.bellamy.evaluation;

import io.bellamy.data.DatasetCatalog;
import io.bellamy.data.RunRecord;
import io.bellamy.data.TrainingTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where the evaluation takes its runs from: the C3O runs and the Bell runs (outliers removed)
 * of each algorithm, in file order.
 */
public interface RecordSource {

    /** The algorithms with C3O runs, sorted. */
    List<String> c3oAlgorithms() throws IOException;

    /** The algorithms with Bell runs, sorted. */
    List<String> bellAlgorithms() throws IOException;

    /**
     * The C3O runs of an algorithm in file order.
     *
     * @throws IllegalArgumentException when there are none
     */
    List<RunRecord> c3o(String algorithm) throws IOException;

    /**
     * The Bell runs of an algorithm, outliers removed.
     *
     * @throws IllegalArgumentException when there are none
     */
    List<RunRecord> bell(String algorithm) throws IOException;

    /** The public dataset files of a data directory ({@code c3o/*.tsv}, {@code bell/*.csv}). */
    static RecordSource dataDir(Path dataDir) throws IOException {
        DatasetCatalog catalog = DatasetCatalog.scan(dataDir);
        return new RecordSource() {
            @Override
            public List<String> c3oAlgorithms() {
                return List.copyOf(catalog.algorithms(TrainingTarget.C3O));
            }

            @Override
            public List<String> bellAlgorithms() {
                return List.copyOf(catalog.algorithms(TrainingTarget.BELL));
            }

            @Override
            public List<RunRecord> c3o(String algorithm) throws IOException {
                return catalog.load(TrainingTarget.C3O, algorithm);
            }

            @Override
            public List<RunRecord> bell(String algorithm) throws IOException {
                return catalog.load(TrainingTarget.BELL, algorithm);
            }
        };
    }

    /** Runs held in memory, per algorithm. */
    static RecordSource of(Map<String, List<RunRecord>> c3o, Map<String, List<RunRecord>> bell) {
        Map<String, List<RunRecord>> c = new TreeMap<>(c3o);
        Map<String, List<RunRecord>> b = new TreeMap<>(bell);
        return new RecordSource() {
            @Override
            public List<String> c3oAlgorithms() {
                return List.copyOf(c.keySet());
            }

            @Override
            public List<String> bellAlgorithms() {
                return List.copyOf(b.keySet());
            }

            @Override
            public List<RunRecord> c3o(String algorithm) {
                return get(c, algorithm, "C3O");
            }

            @Override
            public List<RunRecord> bell(String algorithm) {
                return get(b, algorithm, "Bell");
            }

            private List<RunRecord> get(Map<String, List<RunRecord>> m, String algorithm,
                    String what) {
                List<RunRecord> runs = m.get(Objects.requireNonNull(algorithm, "algorithm"));
                if (runs == null || runs.isEmpty()) {
                    throw new IllegalArgumentException("no " + what + " runs of algorithm '"
                            + algorithm + "'; available: " + m.keySet());
                }
                return List.copyOf(runs);
            }
        };
    }
}
