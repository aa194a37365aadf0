package org.gwrkg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the scaling points as a PNG with JFreeChart, headless: batch extraction and loading time
 * (left axis) and store size on disk (right axis) against the number of reports, so a straight
 * line reads as linear growth.
 */
final class ScalingPlot {

    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private ScalingPlot() {
    }

    /** The PNG's bytes. */
    static byte[] png(List<ScalingResult.Point> points, int threads) {
        // No display is needed, nor wanted: a benchmark runs on servers and in CI.
        System.setProperty("java.awt.headless", "true");
        XYSeries seconds = new XYSeries("batch extraction + TDB2 load, s (" + threads + " threads)");
        XYSeries megabytes = new XYSeries("store on disk, MB");
        for (ScalingResult.Point p : points) {
            seconds.add(p.reports(), p.seconds());
            megabytes.add(p.reports(), p.store().bytes() / 1e6);
        }
        NumberAxis reports = new NumberAxis("reports");
        reports.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(seconds), reports, new NumberAxis("seconds"), renderer(Color.BLUE));
        plot.setRangeAxis(1, new NumberAxis("MB on disk"));
        plot.setDataset(1, new XYSeriesCollection(megabytes));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer(new Color(0xCC, 0x55, 0x00)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("gwrkg: batch time and store size by corpus size", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XYLineAndShapeRenderer renderer(Color colour) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, new BasicStroke(2f));
        return r;
    }
}
