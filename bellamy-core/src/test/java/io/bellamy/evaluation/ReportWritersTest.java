package io.bellamy.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV, Markdown and chart writers on two hand-made cases with hand-computed errors. */
class ReportWritersTest {

    private static final EvaluationCase K0 = new EvaluationCase("t/grep/k0", EvaluationVariant.C3O,
            "grep", 0, "grep-c00", List.of("x"), 0, 0, "s0", EvaluationCase.crc32("s0"),
            List.of("grep-c01"), List.of(), List.of(
                    new TestPoint(2, 100, PointLabel.EXTRAPOLATION),
                    new TestPoint(4, 50, PointLabel.EXTRAPOLATION)));
    private static final EvaluationCase K2 = new EvaluationCase("t/grep/k2", EvaluationVariant.C3O,
            "grep", 0, "grep-c00", List.of("x"), 2, 0, "s2", EvaluationCase.crc32("s2"),
            List.of("grep-c01"), List.of(2, 8), List.of(
                    new TestPoint(4, 50, PointLabel.INTERPOLATION),
                    new TestPoint(10, 20, PointLabel.EXTRAPOLATION)));

    private static PointResult point(TestPoint t, double predicted, double predictMs) {
        return new PointResult(t.scaleOut(), t.label(), predicted, t.medianRuntime(),
                Math.abs(predicted - t.medianRuntime()) / t.medianRuntime(), predictMs);
    }

    private static PointResult point(TestPoint t, double predicted, double predictMs, double low,
            double high) {
        return new PointResult(t.scaleOut(), t.label(), predicted, t.medianRuntime(),
                Math.abs(predicted - t.medianRuntime()) / t.medianRuntime(), predictMs, low, high);
    }

    /**
     * m1: errors 0.1, 0.1 (k=0) and 0, 0.5 (k=2), no intervals; m2: skipped at k=0, errors 0.1,
     * 0 at k=2, 90% intervals [52, 60] (actual 50 outside) and [16, 25] (actual 20 inside).
     */
    static EvaluationResults results() {
        return new EvaluationResults(List.of("m1", "m2"), List.of(K0, K2), List.of(
                new MethodResult(K0, "m1", false, 2.0, List.of(point(K0.test().get(0), 110, 0.001),
                        point(K0.test().get(1), 45, 0.003))),
                MethodResult.skipped(K0, "m2"),
                new MethodResult(K2, "m1", false, 4.0, List.of(point(K2.test().get(0), 50, 0.002),
                        point(K2.test().get(1), 30, 0.002))),
                new MethodResult(K2, "m2", false, 10.0, List.of(
                        point(K2.test().get(0), 55, 0.004, 52, 60),
                        point(K2.test().get(1), 20, 0.004, 16, 25)))));
    }

    @Test
    void csvHasOneRowPerPredictionAndNoneForSkippedMethods(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("results.csv");
        ResultsCsv.write(file, results());
        assertEquals("""
                case_id,variant,algorithm,fold,k,rep,method,scale_out,label,predicted,actual,rel_error,fit_ms,predict_ms,low90,high90
                t/grep/k0,c3o,grep,0,0,0,m1,2,extrapolation,110.0,100.0,0.1,2.000,0.001,,
                t/grep/k0,c3o,grep,0,0,0,m1,4,extrapolation,45.0,50.0,0.1,2.000,0.003,,
                t/grep/k2,c3o,grep,0,2,0,m1,4,interpolation,50.0,50.0,0.0,4.000,0.002,,
                t/grep/k2,c3o,grep,0,2,0,m1,10,extrapolation,30.0,20.0,0.5,4.000,0.002,,
                t/grep/k2,c3o,grep,0,2,0,m2,4,interpolation,55.0,50.0,0.1,10.000,0.004,52.0,60.0
                t/grep/k2,c3o,grep,0,2,0,m2,10,extrapolation,20.0,20.0,0.0,10.000,0.004,16.0,25.0
                """, Files.readString(file));
    }

    @Test
    void markdownTablesHoldTheHandComputedErrors() {
        String md = MarkdownReport.render(results(), "Cases by hand.", List.of("a.png"));
        assertTrue(md.startsWith("# Evaluation: c3o\n\n2 cases, methods m1, m2, algorithms grep, "
                + "k in 0, 2. Cases by hand.\n"), md);
        assertTrue(md.contains("""
                ## Pooled MRE per k

                | k | n | m1 | m2 |
                |---|---|---|---|
                | 0 | 2 | 10.0 | – |
                | 2 | 2 | 25.0 | 5.0 |

                - With k = 0, m1 predicts best (10.0 % pooled MRE); it is the only method that can predict with 0 scale-outs.
                - With k = 2, m2 predicts best (5.0 % pooled MRE), ahead of m1 (25.0 %).
                """), md);
        assertTrue(md.contains("""
                ## Interpolation points only

                | k | n | m1 | m2 |
                |---|---|---|---|
                | 2 | 1 | 0.0 | 10.0 |
                """), md);
        assertTrue(md.contains("""
                ## Extrapolation points only

                | k | n | m1 | m2 |
                |---|---|---|---|
                | 0 | 2 | 10.0 | – |
                | 2 | 1 | 50.0 | 0.0 |
                """), md);
        assertTrue(md.contains("""
                | algorithm | k | n | m1 | m2 |
                |---|---|---|---|---|
                | grep | 0 | 2 | 10.0 | – |
                | grep | 2 | 2 | 25.0 | 5.0 |
                """), md);
        assertTrue(md.contains("""
                ## Calibration of the stated 90% intervals
                """), md);
        assertTrue(md.contains("""
                | k | m2 inside | m2 width |
                |---|---|---|
                | 0 | – | – |
                | 2 | 50.0 % | 45.0 % |
                """), md);
        assertTrue(md.contains("""
                | method | k predicted | n | MRE % |
                |---|---|---|---|
                | m1 | 0, 2 | 4 | 17.5 |
                | m2 | 2 | 2 | 5.0 |
                """), md);
        assertTrue(md.contains("""
                | method | fits | skipped | median fit ms | mean fit ms | median predict µs | mean predict µs |
                |---|---|---|---|---|---|---|
                | m1 | 2 | 0 | 3.000 | 3.000 | 2.0 | 2.0 |
                | m2 | 1 | 1 | 10.000 | 10.000 | 4.0 | 4.0 |
                """), md);
        assertTrue(md.contains("Hyperparameters are chosen on pre-training data only"), md);
        assertTrue(md.endsWith("## Charts\n\n![a.png](a.png)\n"), md);
    }

    @Test
    void plotsWriteEachChartAsPngAndSvg(@TempDir Path dir) throws IOException {
        List<String> files = Plots.write(dir, results());
        assertEquals(List.of("mre_by_k_grep.png", "mre_by_k_grep.svg", "mre_by_k_all.png",
                "mre_by_k_all.svg", "predicted_vs_actual.png", "predicted_vs_actual.svg"), files);
        for (String f : files) {
            assertTrue(Files.size(dir.resolve(f)) > 1000, f);
        }
        byte[] png = Files.readAllBytes(dir.resolve("predicted_vs_actual.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(Files.readString(dir.resolve("mre_by_k_all.svg")).contains("<svg"));
    }
}
