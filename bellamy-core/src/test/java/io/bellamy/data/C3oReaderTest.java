package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class C3oReaderTest {

    private static final String ENV = "public cloud aws emr";

    @TempDir
    Path dir;

    private static List<RunRecord> read(String algorithm) throws IOException {
        return C3oReader.fromFileName().read(Datasets.c3o(algorithm));
    }

    @ParameterizedTest
    @CsvSource({"grep, 810, 27", "kmeans, 900, 30", "pagerank, 1410, 47", "sgd, 900, 30",
        "sort, 630, 21"})
    void readsEveryRowAndContext(String algorithm, int rows, int contexts) throws IOException {
        List<RunRecord> records = read(algorithm);
        assertEquals(rows, records.size());
        assertEquals(contexts, records.stream().map(RunRecord::context).distinct().count());
        for (RunRecord r : records) {
            assertEquals(algorithm, r.algorithm());
            assertEquals(algorithm + "-spark", r.jobType());
            assertEquals(ENV, r.environment());
        }
        Set<Integer> scaleOuts = records.stream().map(RunRecord::instanceCount)
                .collect(Collectors.toSet());
        assertEquals(Set.of(2, 4, 6, 8, 10, 12), scaleOuts);
    }

    @Test
    void convertsTheFirstRecordOfEachAlgorithmExactly() throws IOException {
        assertEquals(new RunRecord("grep", 2, 150, "c4.2xlarge", "computer", 15150,
                "100 150000000 0.5", ENV, "grep-spark", 30000.0, 16.0), read("grep").get(0));
        assertEquals(new RunRecord("kmeans", 2, 1126, "m4.2xlarge", "3 0.001", 16000,
                "5 150000000", ENV, "kmeans-spark", 64000.0, 16.0), read("kmeans").get(0));
        assertEquals(new RunRecord("pagerank", 2, 382, "m4.2xlarge", "0.001", 284,
                "2000000 20000000", ENV, "pagerank-spark", 64000.0, 16.0),
                read("pagerank").get(0));
        assertEquals(new RunRecord("sgd", 2, 214, "r4.2xlarge", "1", 9730, "5 100000000", ENV,
                "sgd-spark", 122000.0, 16.0), read("sgd").get(0));
        assertEquals(new RunRecord("sort", 2, 340, "c4.2xlarge", "", 9530, "1000 10000000", ENV,
                "sort-spark", 30000.0, 16.0), read("sort").get(0));
    }

    @Test
    void keepsColumnTextAsWritten() throws IOException {
        // file line n is record n - 2
        assertEquals("0.0001", read("pagerank").get(5).jobArgs());
        assertEquals("1000000 10000000", read("pagerank").get(5).dataCharacteristics());
        assertEquals("100 100000000 0.0", read("grep").get(5).dataCharacteristics());
        assertEquals("9 0.001", read("kmeans").get(45).jobArgs());
        assertEquals("100", read("sgd").get(15).jobArgs());
        RunRecord last = read("sort").get(629);
        assertEquals(new RunRecord("sort", 12, 148, "r4.2xlarge", "", 19260, "100 200000000",
                ENV, "sort-spark", 732000.0, 96.0), last);
    }

    @Test
    void takesAnExplicitAlgorithmWhateverTheFileName() throws IOException {
        Path copy = dir.resolve("history-1.tsv");
        Files.copy(Datasets.c3o("kmeans"), copy);
        assertEquals(read("kmeans"), C3oReader.forAlgorithm("kmeans").read(copy));
        assertEquals(read("kmeans"), DatasetFormat.C3O.reader("kmeans").read(copy));
    }

    @Test
    void unknownAlgorithmIsAClearError() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> C3oReader.forAlgorithm("wordcount"));
        assertEquals("no C3O column layout for algorithm 'wordcount'; known: grep, kmeans, "
                + "pagerank, sgd, sort", e.getMessage());
        Path file = dir.resolve("wordcount.tsv");
        Files.copy(Datasets.c3o("grep"), file);
        e = assertThrows(IllegalArgumentException.class, () -> C3oReader.fromFileName().read(file));
        assertEquals(file + ": no C3O column layout for algorithm 'wordcount' (taken from the "
                + "file name); known: grep, kmeans, pagerank, sgd, sort", e.getMessage());
    }

    @Test
    void wrongColumnsForTheAlgorithmAreErrors() {
        DataFormatException missing = assertThrows(DataFormatException.class,
                () -> C3oReader.forAlgorithm("grep").read(Datasets.c3o("sort")));
        assertEquals(Datasets.c3o("sort") + ":1:0: missing column 'p_occurrence' for C3O grep; "
                + "expected instance_count, machine_type, slots, memory, data_size_MB, "
                + "gross_runtime, line_length, lines, p_occurrence", missing.getMessage());
        DataFormatException unknown = assertThrows(DataFormatException.class,
                () -> C3oReader.forAlgorithm("sort").read(Datasets.c3o("grep")));
        assertEquals(Datasets.c3o("grep") + ":1:8: unknown column 'p_occurrence' for C3O sort; "
                + "expected instance_count, machine_type, slots, memory, data_size_MB, "
                + "gross_runtime, line_length, lines", unknown.getMessage());
    }

    @Test
    void emptyTextCellIsAnError() throws IOException {
        Path file = dir.resolve("sort.tsv");
        Files.writeString(file, "instance_count\tmachine_type\tslots\tmemory\tdata_size_MB"
                + "\tline_length\tlines\tgross_runtime\n2\t\t16\t30000\t9530\t1000\t10000000\t340\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> C3oReader.fromFileName().read(file));
        assertEquals(file + ":2:2: machine_type must not be empty", e.getMessage());
    }

    @Test
    void numberFormattingOfMemoryAndSizeIsChecked() throws IOException {
        Path file = dir.resolve("sort.tsv");
        Files.writeString(file, "instance_count\tmachine_type\tslots\tmemory\tdata_size_MB"
                + "\tline_length\tlines\tgross_runtime\n2\tc4\t16\t-1\t9530\t1000\t10000000\t340\n");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> C3oReader.fromFileName().read(file));
        assertEquals(file + ":2:4: memory must be >= 0, got '-1'", e.getMessage());
    }
}
