package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericReaderTest {

    private static final List<String> FIELDS = List.of("algorithm", "instance_count",
            "gross_runtime", "machine_type", "job_args", "data_size_MB", "data_characteristics",
            "environment", "job_type", "memory", "slots");

    @TempDir
    Path dir;

    /** Real records of both public datasets, plus text that needs quoting. */
    private static List<RunRecord> sample() throws IOException {
        List<RunRecord> records = new ArrayList<>(C3oReader.fromFileName()
                .read(Datasets.c3o("kmeans")).subList(0, 40));
        records.addAll(BellReader.fromFileName().read(Datasets.bell("sgd")));
        records.add(new RunRecord("my job", 3, 0.1 + 0.2, "n1, \"big\"", "--in a\tb", 1e-3,
                "", "", "", null, 7.0));
        return records;
    }

    private static List<Object> values(RunRecord r) {
        return List.of(r.algorithm(), r.instanceCount(), r.grossRuntime(), r.machineType(),
                r.jobArgs(), r.dataSizeMB(), r.dataCharacteristics(), r.environment(),
                r.jobType(), r.memory() == null ? "" : r.memory(),
                r.slots() == null ? "" : r.slots());
    }

    private Path writeDelimited(String name, CSVFormat format, List<RunRecord> records)
            throws IOException {
        StringBuilder text = new StringBuilder(format.format(FIELDS.toArray())).append('\n');
        for (RunRecord r : records) {
            text.append(format.format(values(r).toArray())).append('\n');
        }
        return write(name, text.toString());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static DataFormatException failure(Path file) {
        return assertThrows(DataFormatException.class, () -> GenericReader.create().read(file));
    }

    @Test
    void csvRoundTrip() throws IOException {
        List<RunRecord> records = sample();
        Path file = writeDelimited("history.csv", CSVFormat.DEFAULT, records);
        assertEquals(records, GenericReader.create().read(file));
    }

    @Test
    void tsvRoundTrip() throws IOException {
        List<RunRecord> records = sample();
        Path file = writeDelimited("history.tsv", CSVFormat.TDF, records);
        assertEquals(records, GenericReader.create().read(file));
    }

    @Test
    void jsonLinesRoundTrip() throws IOException {
        List<RunRecord> records = sample();
        ObjectMapper json = new ObjectMapper();
        StringBuilder text = new StringBuilder();
        for (RunRecord r : records) {
            Map<String, Object> object = new LinkedHashMap<>();
            List<Object> values = values(r);
            for (int i = 0; i < FIELDS.size(); i++) {
                Object v = values.get(i);
                object.put(FIELDS.get(i), "".equals(v) && i >= 9 ? null : v);
            }
            text.append(json.writeValueAsString(object)).append('\n');
        }
        Path file = write("history.ndjson", text.toString());
        assertEquals(records, GenericReader.create().read(file));
    }

    @Test
    void sniffsTheSyntaxWhenTheExtensionSaysNothing() throws IOException {
        RunRecord expected = new RunRecord("grep", 2, 150, "", "", 0, "", "", "", null, null);
        assertEquals(List.of(expected), GenericReader.create().read(
                write("a.txt", "algorithm,instance_count,gross_runtime\ngrep,2,150\n")));
        assertEquals(List.of(expected), GenericReader.create().read(
                write("b.txt", "algorithm\tinstance_count\tgross_runtime\ngrep\t2\t150\n")));
        assertEquals(List.of(expected), GenericReader.create().read(write("c.txt",
                "\n{\"algorithm\":\"grep\",\"instance_count\":2,\"gross_runtime\":150}\n")));
    }

    @Test
    void absentColumnsBecomeEmptyZeroOrNull() throws IOException {
        RunRecord r = GenericReader.create().read(write("h.csv",
                "Instance_Count,GROSS_RUNTIME,algorithm,memory\n4,12.5,sort,\n")).get(0);
        assertEquals(new RunRecord("sort", 4, 12.5, "", "", 0, "", "", "", null, null), r);
        assertNull(r.memory());
    }

    @Test
    void defaultAlgorithmFillsMissingAndEmptyAlgorithms() throws IOException {
        Path noColumn = write("a.csv", "instance_count,gross_runtime\n2,10\n");
        assertEquals("grep", GenericReader.withDefaultAlgorithm("grep").read(noColumn).get(0)
                .algorithm());
        assertEquals(noColumn + ":1:0: missing column 'algorithm'; required: instance_count, "
                + "gross_runtime, and algorithm unless a default algorithm is given",
                failure(noColumn).getMessage());
        Path emptyCell = write("b.csv", "algorithm,instance_count,gross_runtime\nsgd,2,10\n,4,8\n");
        List<RunRecord> filled = GenericReader.withDefaultAlgorithm("grep").read(emptyCell);
        assertEquals(List.of("sgd", "grep"), filled.stream().map(RunRecord::algorithm).toList());
        assertEquals(emptyCell + ":3:1: algorithm is empty and no default algorithm was given",
                failure(emptyCell).getMessage());
        assertThrows(IllegalArgumentException.class, () -> GenericReader.withDefaultAlgorithm(" "));
    }

    @Test
    void unknownColumnIsAnErrorNamingIt() throws IOException {
        Path file = write("h.tsv", "algorithm\tinstance_count\tgross_runtime\tcost\ngrep\t2\t5\t1\n");
        DataFormatException e = failure(file);
        assertEquals(file + ":1:4: unknown column 'cost'; valid columns: algorithm, "
                + "instance_count, gross_runtime, machine_type, job_args, data_size_MB, "
                + "data_characteristics, environment, job_type, memory, slots", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(4, e.column());
        assertEquals("unknown column 'cost'; valid columns: algorithm, instance_count, "
                + "gross_runtime, machine_type, job_args, data_size_MB, data_characteristics, "
                + "environment, job_type, memory, slots", e.reason());
    }

    @Test
    void duplicateColumnIsAnError() throws IOException {
        Path file = write("h.csv", "algorithm,instance_count,gross_runtime,Algorithm\n");
        assertEquals(file + ":1:4: duplicate column 'Algorithm' (also column 1)",
                failure(file).getMessage());
    }

    @Test
    void jsonLinesUnknownFieldAndWrongTypeAreErrors() throws IOException {
        String unknown = "{\"algorithm\": \"grep\", \"nodes\": 4}";
        Path a = write("a.jsonl", unknown + "\n");
        assertEquals(a + ":1:" + (unknown.indexOf("\"nodes\"") + 1) + ": unknown field 'nodes'; "
                + "valid fields: algorithm, instance_count, gross_runtime, machine_type, job_args, "
                + "data_size_MB, data_characteristics, environment, job_type, memory, slots",
                failure(a).getMessage());

        String valid = "{\"algorithm\": \"grep\", \"instance_count\": 2, \"gross_runtime\": 5}";
        String wrong = "{\"algorithm\": \"grep\", \"instance_count\": \"4\", \"gross_runtime\": 5}";
        Path b = write("b.jsonl", valid + "\n\n" + wrong + "\n");
        assertEquals(b + ":3:" + (wrong.indexOf("\"4\"") + 1)
                + ": instance_count must be a JSON number, got string \"4\"",
                failure(b).getMessage());

        String text = "{\"algorithm\": \"grep\", \"instance_count\": 2, \"gross_runtime\": 5, "
                + "\"job_args\": [1]}";
        Path c = write("c.jsonl", text + "\n");
        assertEquals(c + ":1:" + (text.indexOf("[1]") + 1)
                + ": job_args must be a JSON string, got an array", failure(c).getMessage());
    }

    @Test
    void jsonLinesStructureErrors() throws IOException {
        Path a = write("a.jsonl", "[1, 2]\n");
        assertEquals(a + ":1:1: expected a JSON object", failure(a).getMessage());
        String twice = "{\"algorithm\": \"grep\", \"Algorithm\": \"sort\"}";
        Path b = write("b.jsonl", twice + "\n");
        assertEquals(b + ":1:" + (twice.indexOf("\"Algorithm\"") + 1)
                + ": duplicate field 'Algorithm'", failure(b).getMessage());
        String missing = "{\"algorithm\": \"grep\", \"instance_count\": 2}";
        Path c = write("c.jsonl", missing + "\n");
        assertEquals(c + ":1:0: missing field 'gross_runtime'", failure(c).getMessage());
        String trailing = "{\"algorithm\": \"grep\", \"instance_count\": 2, \"gross_runtime\": 5} {}";
        Path d = write("d.jsonl", trailing + "\n");
        assertEquals(d + ":1:" + (trailing.lastIndexOf('{') + 1)
                + ": unexpected content after the JSON object: '{'", failure(d).getMessage());
    }

    @Test
    void quotedValuesSpanningLinesKeepLineNumbersRight() throws IOException {
        Path file = write("h.csv", "algorithm,instance_count,gross_runtime,job_args\n"
                + "grep,2,5,\"two\nlines\"\n\ngrep,4,x,\n");
        assertEquals(file + ":5:3: gross_runtime must be a number, got 'x'",
                failure(file).getMessage());
        Path quoted = write("q.csv", "algorithm,instance_count,gross_runtime\n\"grep,2,5\n");
        assertEquals(quoted + ":2:0: malformed line: (startline 2) EOF reached before "
                + "encapsulated token finished", failure(quoted).getMessage());
    }

    @Test
    void invalidUtf8IsAnError() throws IOException {
        Path file = dir.resolve("h.csv");
        byte[] head = "algorithm,instance_count,gross_runtime\ngr".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        Files.write(file, bytes);
        assertEquals(file + ":2:0: not valid UTF-8 text (bad byte at offset " + head.length + ")",
                failure(file).getMessage());
    }
}
