package io.bellamy.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The layout of a data file: a public dataset (C3O, Bell) or the generic format. */
public enum DatasetFormat {
    /** A C3O file, {@code c3o/<algorithm>.tsv}; see {@link C3oReader}. */
    C3O("c3o"),
    /** A Bell file, {@code bell/<algorithm>.csv}; see {@link BellReader}. */
    BELL("bell"),
    /** A user's own history in CSV, TSV or JSON Lines; see {@link GenericReader}. */
    GENERIC("generic");

    private final String id;

    DatasetFormat(String id) {
        this.id = id;
    }

    /** The lower-case id: c3o, bell or generic. */
    public String id() {
        return id;
    }

    /**
     * The format with the given id, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static DatasetFormat parse(String text) {
        Objects.requireNonNull(text, "text");
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (DatasetFormat f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown dataset format '" + text + "'; valid: "
                + Arrays.stream(values()).map(DatasetFormat::id).collect(Collectors.joining(", ")));
    }

    /**
     * The format a file is in, judged by its place and name: a {@code .tsv} file in a directory
     * named {@code c3o} is C3O, a {@code .csv} file in a directory named {@code bell} is Bell,
     * anything else is generic.
     */
    public static DatasetFormat detect(Path file) {
        Objects.requireNonNull(file, "file");
        Path parent = file.toAbsolutePath().normalize().getParent();
        String dir = parent == null || parent.getFileName() == null ? ""
                : parent.getFileName().toString();
        String name = file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (dir.equals("c3o") && name.endsWith(".tsv")) {
            return C3O;
        }
        if (dir.equals("bell") && name.endsWith(".csv")) {
            return BELL;
        }
        return GENERIC;
    }

    /**
     * A reader for files of this format.
     *
     * @param algorithm the algorithm of the file's records; {@code null} to take it from the
     *     file name (C3O, Bell) or from each record (generic)
     * @throws IllegalArgumentException when a public format has no layout for the algorithm
     */
    public RunRecordReader reader(String algorithm) {
        return switch (this) {
            case C3O -> algorithm == null ? C3oReader.fromFileName()
                    : C3oReader.forAlgorithm(algorithm);
            case BELL -> algorithm == null ? BellReader.fromFileName()
                    : BellReader.forAlgorithm(algorithm);
            case GENERIC -> GenericReader.withDefaultAlgorithm(algorithm);
        };
    }

    /** The algorithm a public dataset file holds: its name without the last extension. */
    public static String algorithmOf(Path file) {
        String name = Objects.requireNonNull(file.getFileName(), "file name").toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public String toString() {
        return id;
    }
}
