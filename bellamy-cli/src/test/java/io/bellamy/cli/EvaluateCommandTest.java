package io.bellamy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bellamy evaluate} in-process on the public datasets, with small case sets. */
class EvaluateCommandTest {

    @TempDir
    Path dir;

    private CliRun bellamy(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "evaluate";
        all[1] = "--data-dir";
        all[2] = CliRun.datasets().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.run(dir, Map.of(), all);
    }

    @Test
    void baselinesOnGeneratedSortCasesWriteTheOutputsAndTheHeadline() throws Exception {
        CliRun run = bellamy("-a", "sort", "--k", "0,3", "--methods", "ernest,gbm");
        assertEquals(0, run.code(), run.err());
        Path out = dir.resolve("eval-out");
        for (String f : List.of("results.csv", "report.md", "mre_by_k_sort.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        // 21 sort contexts x 2 ks; ernest cannot predict with k = 0
        assertEquals(List.of(
                "pooled mean relative error (%) per k, all test points:",
                "  k     n             ernest                gbm",
                "  0   126                  –                7.9",
                "  3    63               10.2                5.7"),
                run.out().lines().limit(4).toList());
        assertTrue(run.out().contains("42 cases in "), run.out());
        assertTrue(run.out().contains("results written to " + out), run.out());
        assertTrue(run.err().contains("evaluate: 42/42 cases done"), run.err());
        // header + 126 gbm points at k=0 + 63 points each for ernest and gbm at k=3
        assertEquals(1 + 126 + 2 * 63, Files.readAllLines(out.resolve("results.csv")).size());
    }

    @Test
    void bellamyRunsOnTheReferenceSplits() throws Exception {
        Path splits = CliRun.datasets().resolveSibling("eval").resolve("splits_c3o.json");
        CliRun run = bellamy("-a", "sort", "--k", "0,1", "--methods", "bellamy,bellamy_nopretrain",
                "--splits", splits.toString(), "--max-epochs", "5", "--out", "short");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("  k     n            bellamy bellamy_nopretrain", lines.get(1));
        assertTrue(lines.get(2).matches("  0   126 +\\d+\\.\\d +–"), lines.get(2));
        assertTrue(lines.get(3).matches("  1   105 +\\d+\\.\\d +\\d+\\.\\d"), lines.get(3));
        assertTrue(Files.readString(dir.resolve("short/report.md"))
                .contains("Cases from the split manifest splits_c3o.json."));
    }

    @Test
    void badInputIsAUsageErrorNamingTheProblem() {
        Object[][] cases = {
            {new String[] {"-a", "wordcount"},
                "unknown algorithm 'wordcount' for c3o; valid: grep, kmeans, pagerank, sgd, sort"},
            {new String[] {"-tt", "bell-cross", "-a", "sort"},
                "unknown algorithm 'sort' for bell-cross; valid: grep, pagerank, sgd"},
            {new String[] {"--methods", "ernest,magic"}, "unknown method 'magic'; valid: "
                + "bellamy, classic, ernest, bell, bell_cv, gbm, bellamy_nopretrain"},
            {new String[] {"--k", "0,x"},
                "--k: 'x' is not a number in '0,x'; expected e.g. 0,1,2,3,4,5"},
            {new String[] {"--k", "1,1"}, "--k: 1 is given twice in '1,1'"},
            {new String[] {"--k", "-1"}, "--k: k must be >= 0, got -1"},
            {new String[] {"-tt", "bell"},
                "-tt: unknown evaluation variant 'bell'; valid: c3o, bell-cross (bell_xenv)"},
            {new String[] {"--splits", "nowhere.json"},
                "--splits: no such file " + dir.resolve("nowhere.json")},
        };
        for (Object[] c : cases) {
            CliRun run = bellamy((String[]) c[0]);
            assertEquals(Main.EXIT_USAGE, run.code(), run.err());
            assertEquals("bellamy: error: " + c[1], run.err().strip());
            assertEquals("", run.out());
        }
    }
}
