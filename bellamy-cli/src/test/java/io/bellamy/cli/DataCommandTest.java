package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    private static final String HEADER =
            "algorithm,instance_count,gross_runtime,machine_type,job_args,data_size_MB,"
                    + "data_characteristics,environment\n";
    private static final String GOOD = HEADER
            + "sort,4,300.5,m5.xlarge,,20000,100 200,private k8s\n"
            + "sort,8,170.25,m5.xlarge,,20000,100 200,private k8s\n"
            + "sort,8,180.75,m5.xlarge,,20000,100 200,private k8s\n";

    @TempDir
    Path dir;

    private CliRun bellamy(String... args) {
        return CliRun.run(dir, Map.of(), args);
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void demoPrintsEveryPublicAlgorithmThenPretrainsAndPredicts() {
        CliRun run = bellamy("demo", "--data-dir", CliRun.datasets().toString(), "--trials", "2",
                "--max-epochs", "30");
        assertEquals(0, run.code(), run.err());
        for (String row : new String[] {"bell   grep           75         1       4..60",
                "bell   pagerank       75", "bell   sgd            75",
                "c3o    grep          810        27       2..12",
                "c3o    kmeans        900        30", "c3o    pagerank     1410        47",
                "c3o    sgd           900        30", "c3o    sort          630        21"}) {
            assertTrue(run.out().contains(row), "missing '" + row + "' in\n" + run.out());
        }
        assertTrue(run.out().contains("== 2. bellamy pretrain -tt c3o -a grep"), run.out());
        assertTrue(run.out().contains("model written to "), run.out());
        assertTrue(run.out().contains("method bellamy: the pre-trained curve adapted to 30 runs "
                + "of this context"), run.out());
        assertTrue(run.out().contains("recommendation (fastest):"), run.out());
    }

    @Test
    void secondUseOfTheDataDirImportsNothing() {
        CliRun first = bellamy("data", "list", "--data-dir", CliRun.datasets().toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("imported 810 c3o runs of grep"), first.err());
        assertTrue(first.out().contains("c3o        sort              630        21"), first.out());
        CliRun again = bellamy("data", "list", "--data-dir", CliRun.datasets().toString());
        assertEquals(0, again.code());
        assertTrue(!again.err().contains("imported"), again.err());
        assertEquals(first.out(), again.out());
    }

    @Test
    void importIsIdempotentAndStatsAreExact() throws Exception {
        Path file = write("history.csv", GOOD);
        CliRun first = bellamy("data", "import", file.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("imported 3 runs (source user)"), first.out());
        CliRun second = bellamy("data", "import", file.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("already imported, nothing added"), second.out());
        CliRun stats = bellamy("data", "stats", "-a", "sort", "--source", "user");
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("sort: 3 runs in 1 contexts"), stats.out());
        assertTrue(stats.out().matches("(?s).*\\s8\\s+2\\s+170\\.25\\s+175\\.50\\s+180\\.75.*"),
                stats.out());
    }

    @Test
    void bomAndCrlfAreAccepted() throws Exception {
        Path file = write("crlf.csv", "\uFEFF" + GOOD.replace("\n", "\r\n"));
        CliRun run = bellamy("data", "import", file.toString(), "--source", "mine");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("imported 3 runs (source mine)"), run.out());
    }

    @Test
    void badInputIsReportedWithPlaceAndLeavesStoreUnchanged() throws Exception {
        assertEquals(0, bellamy("data", "import", write("good.csv", GOOD).toString()).code());
        String before = bellamy("data", "stats", "--source", "user").out();
        Map<String, String> cases = Map.of(
                "truncated.csv", HEADER + "sort,4,300.5,m5.xlarge\n",
                "text-runtime.csv", HEADER + "sort,4,fast,m5.xlarge,,20000,100 200,private k8s\n",
                "zero.csv", HEADER + "sort,0,300,m5.xlarge,,20000,100 200,private k8s\n",
                "unknown.csv", "algorithm,instance_count,gross_runtime,colour\nsort,4,300,red\n",
                "empty.csv", "");
        Map<String, String> expected = Map.of(
                "truncated.csv", "truncated.csv:2:",
                "text-runtime.csv", "text-runtime.csv:2:3:",
                "zero.csv", "zero.csv:2:2:",
                "unknown.csv", "unknown.csv:1:4:",
                "empty.csv", "empty.csv:");
        for (var c : cases.entrySet()) {
            Path good2 = write("good2-" + c.getKey(), GOOD.replace("300.5", "301.5"));
            Path bad = write(c.getKey(), c.getValue());
            // a good file listed before the bad one is not imported either
            CliRun run = bellamy("data", "import", good2.toString(), bad.toString());
            assertEquals(1, run.code(), c.getKey() + ": " + run.out() + run.err());
            String firstLine = run.err().lines().findFirst().orElse("");
            assertTrue(firstLine.startsWith("bellamy: error: ") && firstLine.contains(
                    expected.get(c.getKey())), c.getKey() + ": " + run.err());
            assertEquals(1, run.err().lines().count(), "one line only: " + run.err());
            assertEquals(before, bellamy("data", "stats", "--source", "user").out(), c.getKey());
        }
    }

    @Test
    void missingDataDirListsWhereItLooked() {
        CliRun run = CliRun.run(dir, Map.of(), "demo");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("bellamy data fetch"), run.err());
        assertTrue(run.err().contains(dir.resolve("data").toString()), run.err());
    }

    @Test
    void usageErrorsExitTwoAndHelpExitsZero() {
        assertEquals(2, bellamy("data", "import").code());
        assertEquals(2, bellamy("--no-such-option").code());
        assertEquals(2, bellamy("data").code());
        CliRun help = bellamy("data", "import", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("all-or-nothing"), help.out());
    }

    @Test
    void unknownAlgorithmInStatsIsClear() {
        CliRun run = bellamy("data", "stats", "-a", "wordcount", "--data-dir",
                CliRun.datasets().toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no runs of algorithm 'wordcount'"), run.err());
    }
}
