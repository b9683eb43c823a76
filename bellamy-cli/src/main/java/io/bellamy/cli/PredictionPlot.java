package io.bellamy.cli;

import io.bellamy.allocation.Recommendation;
import io.bellamy.allocation.RuntimeCurve;
import io.bellamy.charts.ChartFiles;
import io.bellamy.data.RunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a prediction: runtime and cost over the range, the recommendation, the context's runs. */
final class PredictionPlot {
    private PredictionPlot() {
    }

    static void write(Path file, RuntimeCurve curve, Recommendation recommendation,
            List<RunRecord> history, String algorithm) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Predicted runtime of " + algorithm).xAxisTitle("scale-out (nodes)")
                .yAxisTitle("runtime (s)").build();
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        double[] x = curve.points().stream().mapToDouble(RuntimeCurve.Point::scaleOut).toArray();
        double[] runtime = curve.points().stream().mapToDouble(RuntimeCurve.Point::runtime).toArray();
        double[] cost = curve.points().stream().mapToDouble(curve::cost).toArray();
        XYSeries predicted = chart.addSeries("predicted runtime", x, runtime);
        predicted.setMarker(SeriesMarkers.CIRCLE);
        XYSeries costSeries = chart.addSeries("predicted cost", x, cost);
        costSeries.setYAxisGroup(1);
        costSeries.setMarker(SeriesMarkers.NONE);
        chart.setYAxisGroupTitle(1, "cost");
        if (!history.isEmpty()) {
            XYSeries runs = chart.addSeries("runs of this context",
                    history.stream().mapToDouble(RunRecord::instanceCount).toArray(),
                    history.stream().mapToDouble(RunRecord::grossRuntime).toArray());
            runs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            runs.setMarker(SeriesMarkers.DIAMOND);
        }
        XYSeries chosen = chart.addSeries("recommended (" + recommendation.policy() + ")",
                new double[] {recommendation.scaleOut()},
                new double[] {recommendation.predictedRuntime()});
        chosen.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chosen.setMarker(SeriesMarkers.SQUARE);
        ChartFiles.save(chart, file);
    }
}
