package io.bellamy.evaluation;

import io.bellamy.data.RunRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The context of a C3O run as the strings of its data file's columns (SPEC §8: every
 * non-scale-out column except slots and memory, in file column order): machine type, data
 * size, the data-characteristics columns, then the columns the job arguments come from.
 *
 * <p>The C3O reader keeps column text as written in {@link RunRecord#dataCharacteristics()}
 * (joined by one space) and in the job arguments; the data size is a number and is written
 * back without a fractional part when it has none, as in the public files.
 */
enum C3oContextColumns {
    GREP("grep", List.of("line_length", "lines", "p_occurrence"), List.of()),
    KMEANS("kmeans", List.of("features", "observations"), List.of("k")),
    PAGERANK("pagerank", List.of("pages", "links"), List.of("convergence_criterion")),
    SGD("sgd", List.of("features", "observations"), List.of("iterations")),
    SORT("sort", List.of("line_length", "lines"), List.of());

    private final String algorithm;
    private final int characteristics;
    private final int arguments;
    private final List<String> columns;

    C3oContextColumns(String algorithm, List<String> characteristicColumns,
            List<String> argumentColumns) {
        this.algorithm = algorithm;
        this.characteristics = characteristicColumns.size();
        this.arguments = argumentColumns.size();
        List<String> all = new ArrayList<>(List.of("machine_type", "data_size_MB"));
        all.addAll(characteristicColumns);
        all.addAll(argumentColumns);
        this.columns = List.copyOf(all);
    }

    /**
     * The columns of an algorithm.
     *
     * @throws IllegalArgumentException when C3O has no such algorithm
     */
    static C3oContextColumns of(String algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        return Arrays.stream(values()).filter(c -> c.algorithm.equals(algorithm)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no C3O context columns for "
                        + "algorithm '" + algorithm + "'; known: grep, kmeans, pagerank, sgd, sort"));
    }

    /** The context column names in file order, e.g. {@code [machine_type, data_size_MB, ...]}. */
    List<String> columns() {
        return columns;
    }

    /**
     * The file strings of a run's context, one per {@link #columns()} entry.
     *
     * @throws IllegalArgumentException when the run's characteristics or arguments do not have
     *     this algorithm's number of fields
     */
    List<String> key(RunRecord run) {
        List<String> key = new ArrayList<>(columns.size());
        key.add(run.machineType());
        key.add(BigDecimal.valueOf(run.dataSizeMB()).stripTrailingZeros().toPlainString());
        String[] chars = run.dataCharacteristics().isEmpty() ? new String[0]
                : run.dataCharacteristics().split(" ", -1);
        String[] args = run.jobArgs().split(" ", -1);
        if (chars.length != characteristics || args.length < arguments) {
            throw new IllegalArgumentException("run " + run + " does not have the C3O " + algorithm
                    + " context columns " + columns);
        }
        key.addAll(Arrays.asList(chars));
        key.addAll(Arrays.asList(args).subList(0, arguments));
        return List.copyOf(key);
    }
}
