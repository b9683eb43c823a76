package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bellamy.data.DatasetCatalog;
import io.bellamy.data.RunRecord;
import io.bellamy.data.TrainingTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bellamy evaluate --history} in-process. */
class EvaluateHistoryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun bellamy(String... args) {
        List<String> all = new ArrayList<>(List.of("evaluate", "--data-dir",
                CliRun.datasets().toString()));
        all.addAll(List.of(args));
        return CliRun.run(dir, Map.of(), all.toArray(String[]::new));
    }

    /** Writes runs as a generic JSON Lines file, one object per run with every field. */
    private Path jsonLines(String name, List<RunRecord> runs) throws IOException {
        StringBuilder text = new StringBuilder();
        for (RunRecord r : runs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("algorithm", r.algorithm());
            m.put("instance_count", r.instanceCount());
            m.put("gross_runtime", r.grossRuntime());
            m.put("machine_type", r.machineType());
            m.put("job_args", r.jobArgs());
            m.put("data_size_MB", r.dataSizeMB());
            m.put("data_characteristics", r.dataCharacteristics());
            m.put("environment", r.environment());
            m.put("job_type", r.jobType());
            m.put("memory", r.memory());
            m.put("slots", r.slots());
            text.append(JSON.writeValueAsString(m)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** results.csv without the case id and the times: what was predicted, per row. */
    private static List<String> predictions(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < f.length; i++) {
                if (!List.of("case_id", "fit_ms", "predict_ms").contains(header.get(i))) {
                    kept.add(f[i]);
                }
            }
            rows.add(String.join(",", kept));
        }
        return rows;
    }

    /** The table lines of a report section whose heading ends with the title. */
    private static List<String> table(Path report, String title) throws IOException {
        List<String> lines = Files.readAllLines(report);
        int start = 0;
        while (!(lines.get(start).startsWith("#") && lines.get(start).endsWith(title))) {
            start++;
        }
        List<String> out = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            if (lines.get(i).startsWith("|")) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    @Test
    void theBellDataAsAGenericFileIsScoredExactlyAsTheCrossEnvironmentVariant() throws Exception {
        DatasetCatalog catalog = DatasetCatalog.scan(CliRun.datasets());
        List<RunRecord> bell = new ArrayList<>();
        for (String a : catalog.algorithms(TrainingTarget.BELL)) {
            bell.addAll(catalog.load(TrainingTarget.BELL, a));
        }
        Path history = jsonLines("bell.jsonl", bell);
        String[] common = {"--k", "0,1,2,3", "--max-epochs", "5"};
        CliRun cross = bellamy(concat(new String[] {"-tt", "bell-cross", "--out", "cross"}, common));
        assertEquals(0, cross.code(), cross.err());
        CliRun mine = bellamy(concat(new String[] {"--history", history.toString(), "--out",
                "mine"}, common));
        assertEquals(0, mine.code(), mine.err());

        List<String> expected = predictions(dir.resolve("cross/results.csv"));
        assertEquals(expected, predictions(dir.resolve("mine/results.csv")));
        // 3 algorithms x (1 case at k = 0 + 3 seeds x 3 ks), 15 Bell scale-outs
        assertTrue(expected.size() > 3 * 10 * 12, "rows: " + expected.size());
        for (String section : List.of("Pooled MRE per k", "Interpolation points only",
                "Extrapolation points only", "Per algorithm", "Overall (all k pooled)")) {
            assertEquals(table(dir.resolve("cross/report.md"), section),
                    table(dir.resolve("mine/report.md"), section), section);
        }
        assertTrue(mine.err().contains("evaluate --history: 225 runs in 3 contexts of grep, "
                + "pagerank, sgd from 1 file; 30 cases"), mine.err());
        assertTrue(mine.err().contains("pre-training for grep-h00: 810 c3o runs of grep"),
                mine.err());
        assertTrue(mine.err().contains("evaluate: 30/30 cases done"), mine.err());
        assertTrue(mine.out().startsWith("verdict per algorithm"), mine.out());
        assertTrue(mine.out().contains("\ngrep: k = 0: "), mine.out());
        String report = Files.readString(dir.resolve("mine/report.md"));
        assertTrue(report.contains("## Verdict\n\n"), report);
        assertTrue(report.contains("\n- ernest, bell, bell_cv on grep, pagerank, sgd (k = 0): need "
                + "more given scale-outs\n"), report);
        assertTrue(Files.isRegularFile(dir.resolve("mine/mre_by_k_grep.png")));
        assertTrue(Files.isRegularFile(dir.resolve("mine/predicted_vs_actual.svg")));
    }

    /** Runs of a Flink job no public dataset has: runtime 60 + 0.48 * size / n seconds. */
    private static List<RunRecord> flinkRuns(double sizeMB) {
        List<RunRecord> runs = new ArrayList<>();
        for (int n = 2; n <= 12; n += 2) {
            for (int rep = 0; rep < 3; rep++) {
                runs.add(new RunRecord("wordcount", n, 60 + 0.48 * sizeMB / n, "n2-standard-8",
                        "--parallelism auto", sizeMB, "text", "private cluster flink k8s",
                        "wordcount-flink", 32000.0 * n, 8.0 * n));
            }
        }
        return runs;
    }

    @Test
    void aJobTypeWithoutPublicDataGetsTheBaselinesAndTheReasonBellamyWasSkipped() throws Exception {
        Path history = jsonLines("flink.jsonl", flinkRuns(50000));
        CliRun run = bellamy("--history", history.toString(), "--k", "0,1,2,3", "--out", "flink");
        assertEquals(0, run.code(), run.err());
        String reason = "no pre-training data (no c3o runs of wordcount and no other context of "
                + "wordcount in your history)";
        // the networks of the method list (bellamy and any other) are skipped, for one reason
        String skipped = "(\\S+, )*bellamy(, \\S+)* on wordcount \\(k = 1, 2, 3\\): "
                + Pattern.quote(reason) + "\n";
        assertTrue(Pattern.compile("\nskipped: " + skipped).matcher(run.out()).find(), run.out());
        assertTrue(run.err().contains("note: wordcount: k = 0 not evaluated for any context: "
                + "with no pre-training data there is nothing to predict from."), run.err());
        assertTrue(run.err().contains("pre-training for wordcount-h00: nothing (" ), run.err());
        String report = Files.readString(dir.resolve("flink/report.md"));
        assertTrue(Pattern.compile("## Skipped methods\n\n- " + skipped).matcher(report).find(),
                report);
        assertTrue(report.contains("| wordcount-h00 | n2-standard-8 | --parallelism auto | 50000 "
                + "| text | private cluster flink k8s | wordcount-flink | 2, 4, 6, 8, 10, 12 | 18 "
                + "| nothing ("), report);
        List<String> rows = Files.readAllLines(dir.resolve("flink/results.csv"));
        assertTrue(rows.stream().skip(1).noneMatch(r -> r.contains(",bellamy,")), "bellamy rows");
        // 3 seeds x (5 + 4 + 3 test points) per method, ernest, bell, bell_cv and gbm
        assertEquals(1 + 4 * 3 * (5 + 4 + 3), rows.size());
        assertTrue(run.out().contains("\nwordcount: k = 1"), run.out());
        assertFalse(Files.exists(dir.resolve(".bellamy")), "the user's store is never opened");
    }

    @Test
    void withAnotherContextTheNetworkPretrainsOnItNeverOnTheContextUnderTest() throws Exception {
        List<RunRecord> runs = new ArrayList<>(flinkRuns(50000));
        runs.addAll(flinkRuns(80000));
        Path history = jsonLines("flink2.jsonl", runs);
        CliRun run = bellamy("--history", history.toString(), "--k", "0,2", "--seeds", "1",
                "--methods", "bellamy,ernest", "--max-epochs", "5", "--out", "two");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("pre-training for wordcount-h00: 18 runs of your context "
                + "wordcount-h01\n"), run.err());
        assertTrue(run.err().contains("pre-training for wordcount-h01: 18 runs of your context "
                + "wordcount-h00\n"), run.err());
        List<String> rows = Files.readAllLines(dir.resolve("two/results.csv"));
        // per context: k = 0 (bellamy, 6 points) and k = 2 (both methods, 4 points each)
        assertEquals(1 + 2 * (6 + 2 * 4), rows.size());
        assertTrue(run.out().contains("skipped: ernest on wordcount (k = 0): need more given "
                + "scale-outs"), run.out());
    }

    @Test
    void aMalformedHistoryFileIsReportedWithItsPlaceAndNothingIsEvaluated() throws Exception {
        Path good = jsonLines("good.jsonl", flinkRuns(50000));
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"algorithm\": \"wordcount\", \"instance_count\": 2, "
                + "\"gross_runtime\": 10}\n{\"algorithm\": \"wordcount\", \"instance_count\": 4, "
                + "\"gross_runtime\": \"fast\"}\n", StandardCharsets.UTF_8);
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "algorithm,instance_count,gross_runtime\nsort,0,10\n",
                StandardCharsets.UTF_8);
        Object[][] cases = {
            {bad, bad + ":2:66: gross_runtime must be a JSON number, got string \"fast\""},
            {csv, csv + ":2:2: instance_count must be an integer >= 1, got '0'"},
        };
        for (Object[] c : cases) {
            CliRun run = bellamy("--history", good.toString(), c[0].toString());
            assertEquals(Main.EXIT_FAILURE, run.code(), run.err());
            assertEquals("bellamy: error: " + c[1], run.err().strip());
            assertEquals("", run.out());
            assertFalse(Files.exists(dir.resolve("eval-out")), "nothing is evaluated");
        }
    }

    @Test
    void badHistoryOptionsAreUsageErrors() throws Exception {
        String file = jsonLines("ok.jsonl", flinkRuns(50000)).toString();
        Object[][] cases = {
            {new String[] {"--history", file, "--seeds", "0"}, "--seeds must be >= 1, got 0"},
            {new String[] {"--history", file, "--pretrain-target", "c4"}, "--pretrain-target: "
                + "unknown training target 'c4'; valid: c3o, bell, all, none"},
            {new String[] {"--history", file, "--format", "xml"},
                "--format: unknown dataset format 'xml'; valid: c3o, bell, generic"},
            {new String[] {"--seeds", "2"}, "--format, --pretrain-target, --seeds and "
                + "--include-other-contexts go with --history FILE..."},
            {new String[] {"--history", file, "-tt", "bell-cross"}, "-tt chooses a public "
                + "evaluation; --history evaluates your files by the cross-environment protocol, "
                + "use --pretrain-target to choose the pre-training data"},
            {new String[] {"--history", file, "-a", "sort"},
                "unknown algorithm 'sort' for --history; your files have: wordcount"},
        };
        for (Object[] c : cases) {
            CliRun run = bellamy((String[]) c[0]);
            assertEquals(Main.EXIT_USAGE, run.code(), run.err());
            assertEquals("bellamy: error: " + c[1], run.err().strip());
            assertEquals("", run.out());
        }
    }

    private static String[] concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
