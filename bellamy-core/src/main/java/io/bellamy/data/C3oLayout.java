package io.bellamy.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The columns of one C3O algorithm's file and how they become job arguments and data
 * characteristics (SPEC §2.1). Column text is used exactly as written in the file.
 */
enum C3oLayout {
    GREP("grep", List.of("line_length", "lines", "p_occurrence"), col -> "computer"),
    KMEANS("kmeans", List.of("features", "observations"), List.of("k"),
            col -> col.apply("k") + " 0.001"),
    PAGERANK("pagerank", List.of("pages", "links"), List.of("convergence_criterion"),
            col -> col.apply("convergence_criterion")),
    SGD("sgd", List.of("features", "observations"), List.of("iterations"),
            col -> col.apply("iterations")),
    SORT("sort", List.of("line_length", "lines"), col -> "");

    /** Columns every C3O file has (in a holder: enum constructors cannot read statics). */
    private static final class Common {
        static final List<String> COLUMNS = List.of("instance_count", "machine_type", "slots",
                "memory", "data_size_MB", "gross_runtime");
    }

    private final String algorithm;
    private final List<String> characteristicsColumns;
    private final List<String> columns;
    private final Function<UnaryOperator<String>, String> jobArgs;

    C3oLayout(String algorithm, List<String> characteristicsColumns,
            Function<UnaryOperator<String>, String> jobArgs) {
        this(algorithm, characteristicsColumns, List.of(), jobArgs);
    }

    C3oLayout(String algorithm, List<String> characteristicsColumns, List<String> argColumns,
            Function<UnaryOperator<String>, String> jobArgs) {
        this.algorithm = algorithm;
        this.characteristicsColumns = characteristicsColumns;
        List<String> all = new ArrayList<>(Common.COLUMNS);
        all.addAll(characteristicsColumns);
        all.addAll(argColumns);
        this.columns = List.copyOf(all);
        this.jobArgs = jobArgs;
    }

    /** The algorithm name, e.g. {@code kmeans}. */
    String algorithm() {
        return algorithm;
    }

    /** Every column the file must have, and no others. */
    List<String> columns() {
        return columns;
    }

    /** The job arguments of a row, given a lookup of its column text by name. */
    String jobArgs(UnaryOperator<String> column) {
        return jobArgs.apply(column);
    }

    /** The data characteristics of a row: the characteristic columns joined by one space. */
    String dataCharacteristics(UnaryOperator<String> column) {
        return characteristicsColumns.stream().map(column).collect(Collectors.joining(" "));
    }

    /** The layout of an algorithm, if C3O has one. */
    static Optional<C3oLayout> of(String algorithm) {
        return Arrays.stream(values()).filter(l -> l.algorithm.equals(algorithm)).findFirst();
    }

    /** The algorithms with a layout, comma separated, for messages. */
    static String known() {
        return Arrays.stream(values()).map(C3oLayout::algorithm).collect(Collectors.joining(", "));
    }
}
