package io.bellamy.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a C3O dataset file ({@code c3o/<algorithm>.tsv}: tab-separated, runtime in seconds)
 * into run records, converted as SPEC §2.1 says: {@code job_type = "<algorithm>-spark"},
 * {@code environment = "public cloud aws emr"}, job arguments and data characteristics
 * assembled from the algorithm's columns with their text exactly as written.
 *
 * <p>The file must have exactly the columns of its algorithm (grep, kmeans, pagerank, sgd,
 * sort). Records are returned in file order.
 */
public final class C3oReader implements RunRecordReader {

    /** The environment of every C3O record. */
    public static final String ENVIRONMENT = "public cloud aws emr";

    private final C3oLayout layout;

    private C3oReader(C3oLayout layout) {
        this.layout = layout;
    }

    /** A reader that takes the algorithm from the file name ({@code grep.tsv} is grep). */
    public static C3oReader fromFileName() {
        return new C3oReader(null);
    }

    /**
     * A reader for one algorithm, whatever the file is called.
     *
     * @throws IllegalArgumentException when C3O has no column layout for the algorithm
     */
    public static C3oReader forAlgorithm(String algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        return new C3oReader(C3oLayout.of(algorithm).orElseThrow(() -> new IllegalArgumentException(
                "no C3O column layout for algorithm '" + algorithm + "'; known: "
                        + C3oLayout.known())));
    }

    /** The algorithms C3O files exist for. */
    public static List<String> algorithms() {
        return List.of(C3oLayout.values()).stream().map(C3oLayout::algorithm).toList();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the algorithm comes from the file name and C3O has
     *     no column layout for it
     */
    @Override
    public List<RunRecord> read(Path file) throws IOException {
        C3oLayout l = layout != null ? layout : layoutFromName(file);
        DelimitedTable table = DelimitedTable.parse(file, Utf8Text.read(file), '\t',
                header -> HeaderCheck.requireExactly(file, header, l.columns(),
                        "C3O " + l.algorithm()));
        CellParser cells = new CellParser(file);
        List<String> names = table.header().names();
        List<RunRecord> records = new ArrayList<>(table.rows().size());
        for (DelimitedTable.Row row : table.rows()) {
            Cell cell = new Cell(names, row, cells);
            records.add(new RunRecord(
                    l.algorithm(),
                    cell.scaleOut("instance_count"),
                    cell.runtime("gross_runtime"),
                    cell.text("machine_type"),
                    l.jobArgs(cell::text),
                    cell.nonNegative("data_size_MB"),
                    l.dataCharacteristics(cell::text),
                    ENVIRONMENT,
                    l.algorithm() + "-spark",
                    cell.nonNegative("memory"),
                    cell.nonNegative("slots")));
        }
        return List.copyOf(records);
    }

    private static C3oLayout layoutFromName(Path file) {
        String algorithm = DatasetFormat.algorithmOf(file);
        return C3oLayout.of(algorithm).orElseThrow(() -> new IllegalArgumentException(file
                + ": no C3O column layout for algorithm '" + algorithm
                + "' (taken from the file name); known: " + C3oLayout.known()));
    }

    /** The cells of one row, looked up by column name. */
    private record Cell(List<String> names, DelimitedTable.Row row, CellParser cells) {
        private int column(String name) {
            return names.indexOf(name) + 1;
        }

        String text(String name) {
            String value = row.values().get(column(name) - 1);
            if (value.isEmpty()) {
                throw new DataFormatException(cells.file(), row.line(), column(name),
                        name + " must not be empty");
            }
            return value;
        }

        int scaleOut(String name) {
            return cells.scaleOut(name, text(name), row.line(), column(name));
        }

        double runtime(String name) {
            return cells.runtime(name, text(name), row.line(), column(name));
        }

        double nonNegative(String name) {
            return cells.nonNegative(name, text(name), row.line(), column(name));
        }
    }
}
