package io.bellamy.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads a Bell dataset file ({@code bell/<algorithm>.csv}: columns {@code Nodes,Runtime},
 * runtime in milliseconds) into run records, converted as SPEC §2.1 says: machine type
 * {@code wallynode}, {@code slots = 4 * n}, {@code memory = 16000 * n}, environment
 * {@code private cluster yarn}, no data characteristics, and the algorithm's constant data
 * size and job arguments (grep, pagerank, sgd).
 *
 * <p>By default outliers are removed as the prototype does: for each scale-out the single
 * fastest and the single slowest run are dropped (see {@link #removeOutliers(List)}).
 */
public final class BellReader implements RunRecordReader {

    /** The machine type of every Bell record. */
    public static final String MACHINE_TYPE = "wallynode";
    /** The environment of every Bell record. */
    public static final String ENVIRONMENT = "private cluster yarn";
    /** Cores per node. */
    public static final int SLOTS_PER_NODE = 4;
    /** Memory per node in MB. */
    public static final int MEMORY_MB_PER_NODE = 16_000;

    private static final List<String> COLUMNS = List.of("Nodes", "Runtime");

    private final BellLayout layout;
    private final boolean removeOutliers;

    private BellReader(BellLayout layout, boolean removeOutliers) {
        this.layout = layout;
        this.removeOutliers = removeOutliers;
    }

    /** A reader that takes the algorithm from the file name and removes outliers. */
    public static BellReader fromFileName() {
        return new BellReader(null, true);
    }

    /**
     * A reader for one algorithm, whatever the file is called, that removes outliers.
     *
     * @throws IllegalArgumentException when Bell has no constants for the algorithm
     */
    public static BellReader forAlgorithm(String algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        return new BellReader(BellLayout.of(algorithm).orElseThrow(() ->
                new IllegalArgumentException("no Bell layout for algorithm '" + algorithm
                        + "'; known: " + BellLayout.known())), true);
    }

    /** The algorithms Bell files exist for. */
    public static List<String> algorithms() {
        return List.of(BellLayout.values()).stream().map(BellLayout::algorithm).toList();
    }

    /** This reader, but returning every run of the file in file order (no outlier removal). */
    public BellReader keepingOutliers() {
        return new BellReader(layout, false);
    }

    /**
     * {@inheritDoc}
     *
     * <p>With outlier removal the records are ordered by scale-out, then runtime.
     *
     * @throws IllegalArgumentException when the algorithm comes from the file name and Bell
     *     has no constants for it
     */
    @Override
    public List<RunRecord> read(Path file) throws IOException {
        BellLayout l = layout != null ? layout : layoutFromName(file);
        DelimitedTable table = DelimitedTable.parse(file, Utf8Text.read(file), ',',
                header -> HeaderCheck.requireExactly(file, header, COLUMNS, "Bell"));
        int nodesColumn = table.header().indexOf("Nodes");
        int runtimeColumn = table.header().indexOf("Runtime");
        CellParser cells = new CellParser(file);
        List<RunRecord> records = new ArrayList<>(table.rows().size());
        for (DelimitedTable.Row row : table.rows()) {
            int n = cells.scaleOut("Nodes", row.values().get(nodesColumn), row.line(),
                    nodesColumn + 1);
            double seconds = cells.runtimeMillisAsSeconds("Runtime",
                    row.values().get(runtimeColumn), row.line(), runtimeColumn + 1);
            records.add(new RunRecord(l.algorithm(), n, seconds, MACHINE_TYPE, l.jobArgs(),
                    l.dataSizeMB(), "", ENVIRONMENT, l.algorithm() + "-spark",
                    (double) MEMORY_MB_PER_NODE * n, (double) SLOTS_PER_NODE * n));
        }
        if (!removeOutliers) {
            return List.copyOf(records);
        }
        List<RunRecord> kept = removeOutliers(records);
        if (kept.isEmpty()) {
            throw new DataFormatException(file, table.header().line(), 0, "no runs left after "
                    + "removing the fastest and slowest run of each scale-out (each needs >= 3)");
        }
        return kept;
    }

    /**
     * Drops, for each scale-out, the single fastest and the single slowest run (as the
     * prototype does; a scale-out with fewer than three runs loses all of them).
     *
     * @param records runs, not modified
     * @return the remaining runs ordered by scale-out, then runtime (ties in file order)
     */
    public static List<RunRecord> removeOutliers(List<RunRecord> records) {
        Map<Integer, List<RunRecord>> byScaleOut = new TreeMap<>();
        for (RunRecord r : records) {
            byScaleOut.computeIfAbsent(r.instanceCount(), k -> new ArrayList<>()).add(r);
        }
        List<RunRecord> kept = new ArrayList<>();
        for (List<RunRecord> runs : byScaleOut.values()) {
            runs.sort(Comparator.comparingDouble(RunRecord::grossRuntime));
            if (runs.size() > 2) {
                kept.addAll(runs.subList(1, runs.size() - 1));
            }
        }
        return List.copyOf(kept);
    }

    private static BellLayout layoutFromName(Path file) {
        String algorithm = DatasetFormat.algorithmOf(file);
        return BellLayout.of(algorithm).orElseThrow(() -> new IllegalArgumentException(file
                + ": no Bell layout for algorithm '" + algorithm
                + "' (taken from the file name); known: " + BellLayout.known()));
    }
}
