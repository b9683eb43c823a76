package io.bellamy.baselines;

import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Test-only reader of the public C3O grep runs ({@code shared/datasets/c3o/grep.tsv}) into run
 * records per SPEC §2.1. Minimal on purpose: the product's readers live in {@code data}.
 */
final class C3oGrepFixture {

    private C3oGrepFixture() {
    }

    static Path file() {
        return Path.of(System.getProperty("bellamy.repo.root", "."))
                .resolve("../shared/datasets/c3o/grep.tsv");
    }

    /** Every run of the file, in file order. */
    static List<RunRecord> all() {
        CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            List<RunRecord> runs = new ArrayList<>();
            for (CSVRecord row : tsv.parse(in)) {
                runs.add(new RunRecord("grep", Integer.parseInt(row.get("instance_count")),
                        Double.parseDouble(row.get("gross_runtime")), row.get("machine_type"),
                        "computer", Double.parseDouble(row.get("data_size_MB")),
                        row.get("line_length") + " " + row.get("lines") + " " + row.get("p_occurrence"),
                        "public cloud aws emr", "grep-spark", Double.parseDouble(row.get("memory")),
                        Double.parseDouble(row.get("slots"))));
            }
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(), e);
        }
    }
}
