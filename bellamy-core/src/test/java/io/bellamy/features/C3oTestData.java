package io.bellamy.features;

import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A minimal reader of the C3O dataset for these tests (SPEC §2.1 conversion); the product's
 * reader lives in {@code io.bellamy.data}.
 */
final class C3oTestData {

    private C3oTestData() {
    }

    static Path file(String algorithm) {
        return Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("../shared/datasets/c3o/" + algorithm + ".tsv");
    }

    static List<RunRecord> read(String algorithm) {
        CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        List<RunRecord> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file(algorithm))) {
            for (CSVRecord row : tsv.parse(in)) {
                records.add(record(algorithm, row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(algorithm), e);
        }
        if (records.isEmpty()) {
            throw new IllegalStateException(file(algorithm) + " has no rows");
        }
        return records;
    }

    private static RunRecord record(String algorithm, CSVRecord row) {
        String jobArgs = switch (algorithm) {
            case "grep" -> "computer";
            case "kmeans" -> row.get("k") + " 0.001";
            case "pagerank" -> row.get("convergence_criterion");
            case "sgd" -> row.get("iterations");
            case "sort" -> "";
            default -> throw new IllegalArgumentException("unknown C3O algorithm " + algorithm);
        };
        String characteristics = switch (algorithm) {
            case "grep" -> row.get("line_length") + " " + row.get("lines") + " " + row.get("p_occurrence");
            case "kmeans", "sgd" -> row.get("features") + " " + row.get("observations");
            case "pagerank" -> row.get("pages") + " " + row.get("links");
            default -> row.get("line_length") + " " + row.get("lines");
        };
        return new RunRecord(algorithm, Integer.parseInt(row.get("instance_count")),
                Double.parseDouble(row.get("gross_runtime")), row.get("machine_type"), jobArgs,
                Double.parseDouble(row.get("data_size_MB")), characteristics,
                "public cloud aws emr", algorithm + "-spark",
                Double.parseDouble(row.get("memory")), Double.parseDouble(row.get("slots")));
    }
}
