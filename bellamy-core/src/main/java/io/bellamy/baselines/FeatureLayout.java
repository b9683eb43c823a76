package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numeric row of a run for the global (C3O-style) model, in a layout fixed per algorithm
 * from the runs it is fitted on:
 *
 * <pre>
 * [scale-out, data_size_MB,
 *  per environment (sorted by name): its job_args numbers..., its data_characteristics numbers...,
 *  one 0/1 column per machine type]
 * </pre>
 *
 * <p>These are the columns of the C3O tables (scale-out, input size, the algorithm's
 * parameters and data characteristics, machine type). The numbers of a text field are its
 * whitespace-separated tokens that parse as decimal numbers, in order; other tokens (e.g.
 * {@code computer}) are skipped.
 *
 * <p>The job-argument and data-characteristic numbers are columns of the run's
 * {@link RunRecord#environment() environment}: the same position means different quantities in
 * different environments (C3O's {@code pagerank} argument is a convergence criterion, Bell's
 * {@code 5} is not; C3O's {@code sgd} has one argument, Bell's two), so a run fills only its own
 * environment's columns and is {@value #ABSENT} in the others'; a run of an environment none of
 * the fitted runs has is {@value #ABSENT} in all of them. Within one environment the columns are
 * as many per field as the longest of its fitted runs has, and a missing number is
 * {@value #ABSENT}, below every value the datasets hold. The reference's layout (scikit-learn
 * over the C3O table columns, in which a Bell run has its data size but no argument or
 * characteristic values) is the same up to columns that split the fitted runs as the
 * machine-type column does; with one environment it is the plain per-field layout. The machine
 * type is one-hot over the fitted runs' machine types sorted by name; an unseen one is all zeros.
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

    /** Most environments or machine types {@link #read} accepts. */
    private static final int MAX_ENTRIES = 1_000_000;
    /** Longest name {@link #read} accepts, in UTF-8 bytes. */
    private static final int MAX_TEXT_BYTES = 1 << 20;

    /** The columns of one environment's numbers: where they start and how many per field. */
    private record EnvironmentColumns(int start, int jobArgs, int characteristics) {
    }

    private final Map<String, EnvironmentColumns> environments;
    private final int numericColumns;
    private final List<String> machineTypes;

    private FeatureLayout(Map<String, EnvironmentColumns> environments, int numericColumns,
            List<String> machineTypes) {
        this.environments = environments;
        this.numericColumns = numericColumns;
        this.machineTypes = machineTypes;
    }

    /** The layout for these runs (at least one). */
    static FeatureLayout of(Collection<RunRecord> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a feature layout needs at least one run, got none");
        }
        TreeMap<String, int[]> counts = new TreeMap<>();
        TreeSet<String> machines = new TreeSet<>();
        for (RunRecord r : runs) {
            int[] c = counts.computeIfAbsent(r.environment(), e -> new int[2]);
            c[0] = Math.max(c[0], numbers(r.jobArgs()).length);
            c[1] = Math.max(c[1], numbers(r.dataCharacteristics()).length);
            machines.add(r.machineType());
        }
        Map<String, EnvironmentColumns> environments = new TreeMap<>();
        int start = 2;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            environments.put(e.getKey(), new EnvironmentColumns(start, c[0], c[1]));
            start += c[0] + c[1];
        }
        return new FeatureLayout(Map.copyOf(environments), start - 2, List.copyOf(machines));
    }

    /** Number of columns. */
    int width() {
        return 2 + numericColumns + machineTypes.size();
    }

    /**
     * Column names, for diagnostics: with one environment {@code job_args[i]} and
     * {@code data_characteristics[i]}, with several prefixed by the environment and {@code /}.
     */
    List<String> columnNames() {
        String[] names = new String[width()];
        names[0] = "instance_count";
        names[1] = "data_size_MB";
        boolean prefix = environments.size() > 1;
        environments.forEach((environment, columns) -> {
            String p = prefix ? environment + "/" : "";
            for (int i = 0; i < columns.jobArgs(); i++) {
                names[columns.start() + i] = p + "job_args[" + i + "]";
            }
            for (int i = 0; i < columns.characteristics(); i++) {
                names[columns.start() + columns.jobArgs() + i] = p + "data_characteristics[" + i + "]";
            }
        });
        for (int m = 0; m < machineTypes.size(); m++) {
            names[2 + numericColumns + m] = "machine_type=" + machineTypes.get(m);
        }
        return List.of(names);
    }

    /** The row of {@code run} (extra numbers beyond the layout are ignored). */
    double[] row(RunRecord run) {
        double[] row = new double[width()];
        row[0] = run.instanceCount();
        row[1] = run.dataSizeMB();
        Arrays.fill(row, 2, 2 + numericColumns, ABSENT);
        EnvironmentColumns own = environments.get(run.environment());
        if (own != null) {
            int c = put(row, own.start(), numbers(run.jobArgs()), own.jobArgs());
            put(row, c, numbers(run.dataCharacteristics()), own.characteristics());
        }
        int machine = machineTypes.indexOf(run.machineType());
        if (machine >= 0) {
            row[2 + numericColumns + machine] = 1.0;
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

    /** Writes the layout (see {@link #read}). */
    void write(DataOutput out) throws IOException {
        out.writeInt(numericColumns);
        out.writeInt(environments.size());
        for (Map.Entry<String, EnvironmentColumns> e : new TreeMap<>(environments).entrySet()) {
            writeText(out, e.getKey());
            out.writeInt(e.getValue().start());
            out.writeInt(e.getValue().jobArgs());
            out.writeInt(e.getValue().characteristics());
        }
        out.writeInt(machineTypes.size());
        for (String machine : machineTypes) {
            writeText(out, machine);
        }
    }

    /**
     * Reads a layout {@link #write} wrote; it makes the same rows as the layout written.
     *
     * @throws IllegalArgumentException when the input is not a layout (columns that overlap
     *     or leave gaps, counts out of range)
     * @throws IOException when the input ends early
     */
    static FeatureLayout read(DataInput in) throws IOException {
        int numericColumns = in.readInt();
        int count = in.readInt();
        if (numericColumns < 0 || count < 0 || count > MAX_ENTRIES) {
            throw new IllegalArgumentException("a layout of " + numericColumns
                    + " numeric columns over " + count + " environments");
        }
        Map<String, EnvironmentColumns> environments = new TreeMap<>();
        int start = 2;
        for (int i = 0; i < count; i++) {
            String name = readText(in);
            EnvironmentColumns c = new EnvironmentColumns(in.readInt(), in.readInt(), in.readInt());
            if (c.start() != start || c.jobArgs() < 0 || c.characteristics() < 0
                    || environments.put(name, c) != null) {
                throw new IllegalArgumentException("environment " + i + " of the layout has "
                        + "columns " + c + ", expected them to start at " + start);
            }
            start += c.jobArgs() + c.characteristics();
        }
        if (start - 2 != numericColumns) {
            throw new IllegalArgumentException("the environments' columns add up to "
                    + (start - 2) + ", not " + numericColumns);
        }
        int machines = in.readInt();
        if (machines < 0 || machines > MAX_ENTRIES) {
            throw new IllegalArgumentException("a layout of " + machines + " machine types");
        }
        List<String> machineTypes = new ArrayList<>(machines);
        for (int i = 0; i < machines; i++) {
            machineTypes.add(readText(in));
        }
        return new FeatureLayout(Map.copyOf(environments), numericColumns,
                List.copyOf(machineTypes));
    }

    private static void writeText(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("a text of " + length + " bytes in the layout");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
