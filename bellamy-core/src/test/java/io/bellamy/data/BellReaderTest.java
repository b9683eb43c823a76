package io.bellamy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BellReaderTest {

    private static final String ENV = "private cluster yarn";

    @TempDir
    Path dir;

    private static List<RunRecord> raw(String algorithm) throws IOException {
        return BellReader.fromFileName().keepingOutliers().read(Datasets.bell(algorithm));
    }

    private static List<RunRecord> filtered(String algorithm) throws IOException {
        return BellReader.fromFileName().read(Datasets.bell(algorithm));
    }

    private static List<Double> runtimesAt(List<RunRecord> records, int scaleOut) {
        return records.stream().filter(r -> r.instanceCount() == scaleOut)
                .map(RunRecord::grossRuntime).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"grep", "pagerank", "sgd"})
    void keepsFiveOfSevenRunsPerScaleOut(String algorithm) throws IOException {
        assertEquals(105, raw(algorithm).size());
        List<RunRecord> kept = filtered(algorithm);
        assertEquals(75, kept.size());
        Map<Integer, Long> perScaleOut = kept.stream().collect(Collectors.groupingBy(
                RunRecord::instanceCount, TreeMap::new, Collectors.counting()));
        assertEquals(15, perScaleOut.size());
        perScaleOut.forEach((n, count) -> {
            assertEquals(0, n % 4);
            assertEquals(5L, count);
        });
        assertEquals(1, kept.stream().map(RunRecord::context).distinct().count());
    }

    @Test
    void convertsEachAlgorithmExactly() throws IOException {
        assertEquals(new RunRecord("grep", 4, 846.235, "wallynode", "berlin", 250000, "", ENV,
                "grep-spark", 64000.0, 16.0), raw("grep").get(0));
        assertEquals(new RunRecord("pagerank", 4, 1092.511, "wallynode", "5", 3400, "", ENV,
                "pagerank-spark", 64000.0, 16.0), raw("pagerank").get(0));
        assertEquals(new RunRecord("sgd", 4, 663.72, "wallynode", "100 1.0", 10000, "", ENV,
                "sgd-spark", 64000.0, 16.0), raw("sgd").get(0));
        RunRecord last = raw("grep").get(104);
        assertEquals(new RunRecord("grep", 60, 130.271, "wallynode", "berlin", 250000, "", ENV,
                "grep-spark", 960000.0, 240.0), last);
    }

    @Test
    void dropsTheFastestAndSlowestRunOfEachScaleOut() throws IOException {
        // grep at 4 nodes: 820795 (fastest) and 868414 (slowest) ms go
        assertEquals(List.of(825.677, 837.755, 846.235, 850.16, 858.633),
                runtimesAt(filtered("grep"), 4));
        // sgd at 48 nodes has a tie for fastest: exactly one of the two goes
        assertEquals(List.of(161.882, 163.654, 163.694, 164.414, 164.476),
                runtimesAt(filtered("sgd"), 48));
        List<RunRecord> kept = filtered("pagerank");
        assertEquals(4, kept.get(0).instanceCount());
        assertEquals(60, kept.get(74).instanceCount());
    }

    @Test
    void mediansMatchTheReferenceSplits() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(Datasets.dir()
                .resolve("../eval/splits_bell.json").toFile()).get("cases");
        int checked = 0;
        for (JsonNode c : cases) {
            if (c.get("k").asInt() != 0) {
                continue;
            }
            List<RunRecord> kept = filtered(c.get("algorithm").asText());
            for (JsonNode t : c.get("test")) {
                List<Double> runs = runtimesAt(kept, t.get("scale_out").asInt());
                assertEquals(t.get("median_runtime").asDouble(), runs.get(2), 0.0,
                        c.get("case_id").asText());
                checked++;
            }
        }
        assertEquals(45, checked);
    }

    @Test
    void scaleOutsWithFewerThanThreeRunsLoseThemAll() {
        RunRecord a = new RunRecord("x", 4, 10, "", "", 0, "", "", "", null, null);
        List<RunRecord> in = List.of(a, a.withRuntime(12), a.withRuntime(11),
                new RunRecord("x", 8, 5, "", "", 0, "", "", "", null, null));
        assertEquals(List.of(a.withRuntime(11)), BellReader.removeOutliers(in));
    }

    @Test
    void fileWithNothingLeftAfterOutlierRemovalIsAnError() throws IOException {
        Path file = dir.resolve("grep.csv");
        Files.writeString(file, "Nodes,Runtime\n4,1000\n4,1200\n");
        assertEquals(2, BellReader.fromFileName().keepingOutliers().read(file).size());
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> BellReader.fromFileName().read(file));
        assertEquals(file + ":1:0: no runs left after removing the fastest and slowest run of "
                + "each scale-out (each needs >= 3)", e.getMessage());
    }

    @Test
    void runtimeInMillisecondsIsShiftedExactly() throws IOException {
        Path file = dir.resolve("sgd.csv");
        Files.writeString(file, "Runtime,Nodes\n100,4\n846235.5,4\n1,4\n");
        List<RunRecord> records = BellReader.fromFileName().keepingOutliers().read(file);
        assertEquals(0.1, records.get(0).grossRuntime(), 0.0);
        assertEquals(846.2355, records.get(1).grossRuntime(), 0.0);
        assertEquals(0.001, records.get(2).grossRuntime(), 0.0);
    }

    @Test
    void unknownAlgorithmOrColumnIsAClearError() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BellReader.forAlgorithm("sort"));
        assertEquals("no Bell layout for algorithm 'sort'; known: grep, pagerank, sgd",
                e.getMessage());
        Path file = dir.resolve("grep.csv");
        Files.writeString(file, "Nodes,Runtime,Memory\n4,1000,1\n");
        DataFormatException bad = assertThrows(DataFormatException.class,
                () -> BellReader.fromFileName().read(file));
        assertEquals(file + ":1:3: unknown column 'Memory' for Bell; expected Nodes, Runtime",
                bad.getMessage());
    }
}
