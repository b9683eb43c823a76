package io.bellamy.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;

/** Saves a chart as PNG or SVG, chosen by the file's extension. */
public final class ChartFiles {
    private ChartFiles() {
    }

    /**
     * Writes {@code chart} to {@code file} ({@code .png} or {@code .svg}), creating parent
     * directories.
     *
     * @throws IllegalArgumentException for another extension
     */
    public static void save(Chart<?, ?> chart, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (name.endsWith(".png")) {
            try (OutputStream out = Files.newOutputStream(file)) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            }
        } else if (name.endsWith(".svg")) {
            Document document;
            try {
                document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("no XML document builder available", e);
            }
            SVGGraphics2D graphics = new SVGGraphics2D(document);
            graphics.setSVGCanvasSize(new java.awt.Dimension(chart.getWidth(), chart.getHeight()));
            chart.paint(graphics, chart.getWidth(), chart.getHeight());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                graphics.stream(out, true);
            }
        } else {
            throw new IllegalArgumentException("a chart file must end in .png or .svg, got " + file);
        }
    }
}
