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
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",", -1);
            rows.add(String.join(",", List.of(f).subList(1, 12)));
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
        assertTrue(report.contains("None: every method predicted every case."), report);
        assertTrue(Files.isRegularFile(dir.resolve("mine/mre_by_k_grep.png")));
        assertTrue(Files.isRegularFile(dir.resolve("mine/predicted_vs_actual.svg")));
    }

    private static String[] concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
