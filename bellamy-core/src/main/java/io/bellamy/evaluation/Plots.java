package io.bellamy.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import io.bellamy.charts.ChartFiles;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the report's charts with XChart, each as PNG and SVG: the pooled MRE against k per
 * algorithm (one line per method; {@code mre_by_k_<algorithm>}) and all algorithms together
 * ({@code mre_by_k_all}), and predicted against actual runtime on log-log axes, one colour per
 * method, with the line {@code predicted = actual} ({@code predicted_vs_actual}).
 */
public final class Plots {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private Plots() {
    }

    /**
     * Writes the charts into a directory.
     *
     * @return the written file names (PNG and SVG of each chart), relative to {@code dir}
     */
    public static List<String> write(Path dir, EvaluationResults results) throws IOException {
        List<String> files = new ArrayList<>();
        ReportView v = new ReportView(results);
        List<String> groups = new ArrayList<>(v.algorithms());
        groups.add("all");
        for (String group : groups) {
            Predicate<ScoredPoint> of = group.equals("all") ? p -> true
                    : p -> p.evaluationCase().algorithm().equals(group);
            XYChart chart = mreByK(v, group, of);
            if (!chart.getSeriesCollection().isEmpty()) {
                save(chart, dir, "mre_by_k_" + safe(group), files);
            }
        }
        XYChart scatter = predictedVsActual(results);
        if (!scatter.getSeriesCollection().isEmpty()) {
            save(scatter, dir, "predicted_vs_actual", files);
        }
        return files;
    }

    private static XYChart mreByK(ReportView v, String group, Predicate<ScoredPoint> of) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Mean relative error by k: " + group).xAxisTitle("k (scale-outs given)")
                .yAxisTitle("MRE %").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisDecimalPattern("0");
        for (String m : v.methods()) {
            List<Double> ks = new ArrayList<>();
            List<Double> mre = new ArrayList<>();
            for (int k : v.ks()) {
                ErrorStats s = v.results().errors(m, of.and(p -> p.evaluationCase().k() == k));
                if (s.n() > 0) {
                    ks.add((double) k);
                    mre.add(s.percent());
                }
            }
            if (!ks.isEmpty()) {
                chart.addSeries(m, ks, mre);
            }
        }
        return chart;
    }

    private static XYChart predictedVsActual(EvaluationResults results) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Predicted against actual runtime").xAxisTitle("actual runtime (s)")
                .yAxisTitle("predicted runtime (s)").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setMarkerSize(4);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (String m : results.methods()) {
            List<Double> actual = new ArrayList<>();
            List<Double> predicted = new ArrayList<>();
            for (ScoredPoint p : results.points()) {
                // log axes: a prediction <= 0 cannot be drawn (it still counts in the tables)
                if (p.method().equals(m) && p.point().predicted() > 0) {
                    actual.add(p.point().actual());
                    predicted.add(p.point().predicted());
                    lo = Math.min(lo, Math.min(p.point().actual(), p.point().predicted()));
                    hi = Math.max(hi, Math.max(p.point().actual(), p.point().predicted()));
                }
            }
            if (!actual.isEmpty()) {
                chart.addSeries(m, actual, predicted);
            }
        }
        if (hi > 0) {
            XYSeries identity = chart.addSeries("predicted = actual", new double[] {lo, hi},
                    new double[] {lo, hi});
            identity.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            identity.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    private static void save(Chart<?, ?> chart, Path dir, String name, List<String> files)
            throws IOException {
        ChartFiles.save(chart, dir.resolve(name + ".png"));
        ChartFiles.save(chart, dir.resolve(name + ".svg"));
        files.add(name + ".png");
        files.add(name + ".svg");
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
