package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The numeric row of a run for the global (C3O-style) model, in a layout fixed per algorithm
 * from the runs it is fitted on:
 *
 * <pre>
 * [scale-out, data_size_MB, job_args numbers..., data_characteristics numbers...,
 *  one 0/1 column per machine type]
 * </pre>
 *
 * <p>These are the columns of the C3O tables (scale-out, input size, the algorithm's
 * parameters and data characteristics, machine type). The numbers of a text field are its
 * whitespace-separated tokens that parse as decimal numbers, in order; other tokens (e.g.
 * {@code computer}) are skipped. Contexts of one algorithm may carry different counts (C3O's
 * {@code sgd} has one job argument, Bell's two), so the layout has as many columns per field as
 * the longest of the fitted runs; a missing number is {@value #ABSENT}, below every value the
 * datasets hold. The machine type is one-hot over the fitted runs' machine types sorted by
 * name; an unseen one is all zeros.
 *
 * <p>Cluster memory and slots are left out: in C3O they follow from machine type and
 * scale-out, and with them the model's errors on the evaluation splits moved about half a
 * point away from the reference figures (measured with scikit-learn 1.2.1 on
 * {@code splits_c3o.json}; without them every cell agreed within 0.15 points).
 *
 * <p>Every value is rounded to {@code float} precision, as scikit-learn's trees do with their
 * input, so that split thresholds fall where the reference's do.
 */
final class FeatureLayout {

    /** The value of a column a run has no number for. */
    static final double ABSENT = -1.0;

    private final int jobArgColumns;
    private final int characteristicColumns;
    private final List<String> machineTypes;

    private FeatureLayout(int jobArgColumns, int characteristicColumns, List<String> machineTypes) {
        this.jobArgColumns = jobArgColumns;
        this.characteristicColumns = characteristicColumns;
        this.machineTypes = machineTypes;
    }

    /** The layout for these runs (at least one). */
    static FeatureLayout of(Collection<RunRecord> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a feature layout needs at least one run, got none");
        }
        int jobArgs = 0;
        int characteristics = 0;
        TreeSet<String> machines = new TreeSet<>();
        for (RunRecord r : runs) {
            jobArgs = Math.max(jobArgs, numbers(r.jobArgs()).length);
            characteristics = Math.max(characteristics, numbers(r.dataCharacteristics()).length);
            machines.add(r.machineType());
        }
        return new FeatureLayout(jobArgs, characteristics, List.copyOf(machines));
    }

    /** Number of columns. */
    int width() {
        return 2 + jobArgColumns + characteristicColumns + machineTypes.size();
    }

    /** Column names, for diagnostics. */
    List<String> columnNames() {
        List<String> names = new ArrayList<>(List.of("instance_count", "data_size_MB"));
        for (int i = 0; i < jobArgColumns; i++) {
            names.add("job_args[" + i + "]");
        }
        for (int i = 0; i < characteristicColumns; i++) {
            names.add("data_characteristics[" + i + "]");
        }
        for (String machine : machineTypes) {
            names.add("machine_type=" + machine);
        }
        return names;
    }

    /** The row of {@code run} (extra numbers beyond the layout are ignored). */
    double[] row(RunRecord run) {
        double[] row = new double[width()];
        int c = 0;
        row[c++] = run.instanceCount();
        row[c++] = run.dataSizeMB();
        c = put(row, c, numbers(run.jobArgs()), jobArgColumns);
        c = put(row, c, numbers(run.dataCharacteristics()), characteristicColumns);
        int machine = machineTypes.indexOf(run.machineType());
        if (machine >= 0) {
            row[c + machine] = 1.0;
        }
        for (int i = 0; i < row.length; i++) {
            row[i] = (float) row[i];
        }
        return row;
    }

    private static int put(double[] row, int at, double[] values, int columns) {
        for (int i = 0; i < columns; i++) {
            row[at + i] = i < values.length ? values[i] : ABSENT;
        }
        return at + columns;
    }

    /** The tokens of {@code text} that are decimal numbers, in order. */
    static double[] numbers(String text) {
        List<Double> found = new ArrayList<>();
        for (String token : text.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            try {
                found.add(new BigDecimal(token).doubleValue());
            } catch (NumberFormatException notANumber) {
                // a word such as "computer": not a numeric column
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
